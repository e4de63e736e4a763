package uk.hubreturns.common.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/**
 * Runs one page of a Query. It asks for one item more than the page holds, so that a list
 * whose last page is exactly full answers {@code nextCursor: null} instead of a cursor to nothing.
 * A Query with a filter (entries of an unfinished import left out) may find fewer items than it
 * read, so it goes on reading until the page is full or the list ends: a page holds fewer items
 * than asked for only at the end of the list.
 */
@Singleton
public final class PagedQuery {

    /** Items read at once after a page came back short of its filter: enough to pass an unfinished import's rows quickly. */
    private static final int MORE_AT_ONCE = 200;

    private final PageCursorCodec cursors;

    @Inject
    public PagedQuery(PageCursorCodec cursors) {
        this.cursors = cursors;
    }

    public <T> Page<T> onTable(DynamoDbTable<T> table, String partitionKey, QueryEnhancedRequest.Builder query, PageRequest page) {
        return run(table.tableSchema(), List.of("pk", "sk"), partitionKey, query, page,
                request -> table.query(request).iterator().next());
    }

    public <T> Page<T> onIndex(DynamoDbIndex<T> index, String sortKeyAttribute, String partitionKey,
                               QueryEnhancedRequest.Builder query, PageRequest page) {
        return run(index.tableSchema(), List.of("pk", "sk", sortKeyAttribute), partitionKey, query, page,
                request -> index.query(request).iterator().next());
    }

    private interface FirstPage<T> {
        software.amazon.awssdk.enhanced.dynamodb.model.Page<T> fetch(QueryEnhancedRequest request);
    }

    private <T> Page<T> run(TableSchema<T> schema, List<String> keyAttributes, String partitionKey,
                            QueryEnhancedRequest.Builder query, PageRequest page, FirstPage<T> firstPage) {
        Map<String, AttributeValue> start = page.cursor().map(cursor -> cursors.decode(cursor, partitionKey, keyAttributes)).orElse(null);
        software.amazon.awssdk.enhanced.dynamodb.model.Page<T> result;
        try {
            result = firstPage.fetch(query.exclusiveStartKey(start).limit(page.limit() + 1).build());
        } catch (DynamoDbException e) {
            // A cursor of this partition but another list (or another quarter of this one): DynamoDB refuses its key.
            if (start != null && e.statusCode() == 400 && e.awsErrorDetails() != null
                    && "ValidationException".equals(e.awsErrorDetails().errorCode())) {
                throw PageRequest.notACursor();
            }
            throw e;
        }
        List<T> items = new ArrayList<>(result.items());
        while (items.size() <= page.limit() && result.lastEvaluatedKey() != null && !result.lastEvaluatedKey().isEmpty()) {
            result = firstPage.fetch(query.exclusiveStartKey(result.lastEvaluatedKey()).limit(Math.max(page.limit() + 1, MORE_AT_ONCE)).build());
            items.addAll(result.items());
        }
        if (items.size() > page.limit()) {
            List<T> shown = items.subList(0, page.limit());
            Map<String, AttributeValue> lastKey = schema.itemToMap(shown.get(shown.size() - 1), keyAttributes);
            return new Page<>(List.copyOf(shown), cursors.encode(lastKey));
        }
        Map<String, AttributeValue> lastEvaluated = result.lastEvaluatedKey();
        String next = lastEvaluated == null || lastEvaluated.isEmpty() ? null : cursors.encode(lastEvaluated);
        return new Page<>(List.copyOf(items), next);
    }
}
