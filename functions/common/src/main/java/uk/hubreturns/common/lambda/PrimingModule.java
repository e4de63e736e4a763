package uk.hubreturns.common.lambda;

import dagger.Module;
import dagger.multibindings.Multibinds;
import java.util.Set;

/** A function's own {@link PrimingStep}s: none unless its module adds one ({@code @IntoSet}). */
@Module
public interface PrimingModule {

    @Multibinds
    Set<PrimingStep> primingSteps();
}
