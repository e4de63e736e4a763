package uk.hubreturns.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.HubRepository;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.rag.RagRating;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

class AgreementServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));

    /** In-memory stand-ins for the tables, so the rules can be tested without DynamoDB. */
    static final class FakeHubs implements HubRepository {
        final Map<String, Hub> hubs = new HashMap<>();

        @Override
        public Hub create(Hub hub) {
            hubs.put(hub.hubId(), hub);
            return hub;
        }

        @Override
        public Optional<Hub> find(String hubId) {
            return Optional.ofNullable(hubs.get(hubId));
        }

        @Override
        public Page<Hub> list(PageRequest page) {
            return new Page<>(List.copyOf(hubs.values()), null);
        }

        @Override
        public Hub update(Hub hub) {
            return create(hub);
        }
    }

    static final class FakeAgreements implements AgreementRepository {
        final Map<String, Agreement> byId = new HashMap<>();

        @Override
        public Agreement create(Agreement agreement) {
            return update(agreement);
        }

        @Override
        public Optional<Agreement> find(String hubId, String agreementId) {
            return Optional.ofNullable(byId.get(agreementId)).filter(a -> a.hubId().equals(hubId));
        }

        @Override
        public Page<Agreement> list(String hubId, PageRequest page) {
            return new Page<>(byId.values().stream().filter(a -> a.hubId().equals(hubId)).toList(), null);
        }

        @Override
        public Agreement update(Agreement agreement) {
            Agreement stored = new Agreement(agreement.agreementId(), agreement.hubId(), agreement.title(), agreement.provider(),
                    agreement.startDate(), agreement.endDate(), agreement.measures(), agreement.createdAt(), agreement.updatedAt(),
                    agreement.version() == null ? 1 : agreement.version() + 1, agreement.createdBy(), "tester");
            byId.put(agreement.agreementId(), stored);
            return stored;
        }
    }

    static final class FakeActuals implements ActualsRepository {
        final List<QuarterActuals> saved = new ArrayList<>();

        @Override
        public Optional<QuarterActuals> find(String hubId, String agreementId, Quarter quarter) {
            return saved.stream().filter(a -> a.agreementId().equals(agreementId) && a.quarter().equals(quarter)).findFirst();
        }

        @Override
        public List<QuarterActuals> listForAgreement(String hubId, String agreementId) {
            return saved.stream().filter(a -> a.agreementId().equals(agreementId)).sorted(Comparator.comparing(QuarterActuals::quarter)).toList();
        }

        @Override
        public QuarterActuals save(QuarterActuals actuals) {
            saved.removeIf(a -> a.agreementId().equals(actuals.agreementId()) && a.quarter().equals(actuals.quarter()));
            saved.add(actuals);
            return actuals;
        }
    }

    private final FakeHubs hubs = new FakeHubs();
    private final FakeAgreements agreements = new FakeAgreements();
    private final FakeActuals actuals = new FakeActuals();
    private final AgreementService service = new AgreementService(agreements, actuals, new KnownHubs(hubs), QuarterCalendar.aprilStart(), CLOCK);
    private final AgreementRequestReader reader = new AgreementRequestReader(new JsonInput());
    private Agreement agreement;

    @BeforeEach
    void aHubWithTheSampleAgreement() throws IOException {
        hubs.create(new Hub("banbury", "Banbury", "Oxfordshire", 1, Sector.requiredByDefault(), CLOCK.instant(), CLOCK.instant(), null));
        agreement = service.create("banbury", reader.readAgreement(AgreementRequestReaderTest.sampleAgreement().toString()));
    }

    private static ActualsDetails values(Map<String, String> values) {
        Map<String, BigDecimal> decimals = new HashMap<>();
        values.forEach((key, value) -> decimals.put(key, new BigDecimal(value)));
        return new ActualsDetails(decimals, null);
    }

    @Test
    void recordsActualsAndRatesEveryMeasureWithNoDataForAMissingValue() {
        QuarterActualsView view = service.recordActuals("banbury", agreement.agreementId(), "2026-Q1",
                values(Map.of("families-supported", "36", "first-contact-days", "6.5")));

        assertThat(view.recorded()).isTrue();
        assertThat(view.measures()).extracting(MeasureActual::measureId, MeasureActual::rag).containsExactly(
                tuple("families-supported", RagRating.AMBER),
                tuple("first-contact-days", RagRating.RED),
                tuple("satisfaction", RagRating.NO_DATA));
    }

    @Test
    void everyValueMustBeAMeasureOfTheAgreement() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> service.recordActuals("banbury",
                agreement.agreementId(), "2026-Q2", values(Map.of("families-supported", "40", "volunteer-hours", "12"))));

        assertThat(refused.errors()).containsExactly(new FieldError("values.volunteer-hours",
                "is not a measure of this agreement; its measures are: families-supported, first-contact-days, satisfaction"));
        assertThat(actuals.saved).isEmpty();
    }

    @Test
    void theQuarterMustOverlapTheAgreementsDates() {
        InvalidInputException before = catchThrowableOfType(InvalidInputException.class, () -> service.recordActuals("banbury",
                agreement.agreementId(), "2025-Q4", values(Map.of("families-supported", "40"))));
        InvalidInputException after = catchThrowableOfType(InvalidInputException.class, () -> service.recordActuals("banbury",
                agreement.agreementId(), "2027-Q1", values(Map.of("families-supported", "40"))));

        assertThat(before.errors()).containsExactly(new FieldError("quarter", "must overlap the agreement, which runs from 2026-04-01 "
                + "to 2027-03-31; 2025-Q4 runs from 2026-01-01 to 2026-03-31"));
        assertThat(after.errors()).extracting(FieldError::field).containsExactly("quarter");
        assertThat(actuals.saved).isEmpty();
        assertThat(service.recordActuals("banbury", agreement.agreementId(), "2026-Q4", values(Map.of())).quarter()).isEqualTo("2026-Q4");
    }

    @Test
    void aQuarterThatOnlyPartlyOverlapsCounts() throws IOException {
        var body = AgreementRequestReaderTest.sampleAgreement().put("startDate", "2026-06-30").put("endDate", "2026-07-01");
        Agreement shortOne = service.create("banbury", reader.readAgreement(body.toString()));

        assertThat(service.recordActuals("banbury", shortOne.agreementId(), "2026-Q1", values(Map.of())).recorded()).isTrue();
        assertThat(service.recordActuals("banbury", shortOne.agreementId(), "2026-Q2", values(Map.of())).recorded()).isTrue();
        assertThat(service.listActuals("banbury", shortOne.agreementId()).items()).extracting(QuarterActualsView::quarter)
                .containsExactly("2026-Q1", "2026-Q2");
    }

    @Test
    void aBadQuarterInThePathIsABadRequest() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> service.recordActuals("banbury",
                agreement.agreementId(), "Q1-2026", values(Map.of()))).errors()).extracting(FieldError::field).containsExactly("quarter");
    }

    @Test
    void listsEveryQuarterOfTheAgreementInOrderWithItsRatings() {
        service.recordActuals("banbury", agreement.agreementId(), "2026-Q3",
                values(Map.of("families-supported", "41", "first-contact-days", "5", "satisfaction", "80.75")));
        service.recordActuals("banbury", agreement.agreementId(), "2026-Q1",
                values(Map.of("families-supported", "35.9", "first-contact-days", "6", "satisfaction", "80.74")));

        List<QuarterActualsView> items = service.listActuals("banbury", agreement.agreementId()).items();

        assertThat(items).extracting(QuarterActualsView::quarter).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(items).extracting(QuarterActualsView::recorded).containsExactly(true, false, true, false);
        assertThat(items.get(0).measures()).extracting(MeasureActual::rag).containsExactly(RagRating.RED, RagRating.AMBER, RagRating.RED);
        assertThat(items.get(1).measures()).extracting(MeasureActual::rag).containsOnly(RagRating.NO_DATA);
        assertThat(items.get(2).measures()).extracting(MeasureActual::rag).containsExactly(RagRating.GREEN, RagRating.GREEN, RagRating.AMBER);
    }

    @Test
    void aReplacementMustKeepTheQuartersAndMeasuresThatHaveActuals() throws IOException {
        service.recordActuals("banbury", agreement.agreementId(), "2026-Q1", values(Map.of("satisfaction", "90")));
        service.recordActuals("banbury", agreement.agreementId(), "2026-Q4", values(Map.of("families-supported", "40")));
        var replacement = AgreementRequestReaderTest.sampleAgreement().put("startDate", "2026-07-01").put("endDate", "2026-12-31");
        replacement.withArray("measures").remove(2);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> service.replace("banbury", agreement.agreementId(), reader.readAgreement(replacement.toString()), agreement.version()));

        assertThat(refused.errors()).containsExactly(
                new FieldError("startDate", "must not be after 2026-06-30: actuals are recorded for 2026-Q1"),
                new FieldError("endDate", "must not be before 2027-01-01: actuals are recorded for 2026-Q4"),
                new FieldError("measures", "must keep the measure 'satisfaction': recorded actuals give it a value"));
        assertThat(agreements.byId.get(agreement.agreementId()).version()).isEqualTo(1);
    }

    @Test
    void aReplacementThatKeepsWhatActualsNeedIsStored() throws IOException {
        service.recordActuals("banbury", agreement.agreementId(), "2026-Q1", values(Map.of("satisfaction", "90")));
        var replacement = AgreementRequestReaderTest.sampleAgreement().put("endDate", "2026-06-30").put("title", "Shorter");

        Agreement replaced = service.replace("banbury", agreement.agreementId(), reader.readAgreement(replacement.toString()), agreement.version());

        assertThat(replaced.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(replaced.createdAt()).isEqualTo(agreement.createdAt());
    }

    @Test
    void anUnknownHubOrAgreementIsNotFound() {
        assertThatThrownBy(() -> service.get("nowhere", agreement.agreementId())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.get("banbury", "0b5e3c1e-8d7a-4f2b-9f4e-2f6d1a7c9e10")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.get("banbury", "not-an-id")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.listActuals("Not A Hub!", agreement.agreementId())).isInstanceOf(RecordNotFoundException.class);
    }
}
