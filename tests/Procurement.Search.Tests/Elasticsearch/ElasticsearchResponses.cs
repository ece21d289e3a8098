namespace Procurement.Search.Tests.Elasticsearch;

/// <summary>Answers shaped like those in the Elasticsearch 8 reference (search, bulk, errors), for the fixtures.</summary>
internal static class ElasticsearchResponses
{
    public const string SearchForRoad = """
        {
          "took": 12,
          "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": {
            "total": { "value": 2, "relation": "eq" },
            "max_score": 3.1182601,
            "hits": [
              {
                "_index": "procurement-suppliers",
                "_id": "00000000-0000-0000-0000-000000000005",
                "_score": 3.1182601,
                "_source": { "name": "Keystone Road Engineering", "region": "Scotland", "cpv_codes": ["71311000-1", "45233120-6"] },
                "highlight": {
                  "description": ["Civil engineering design, bridge inspection and <mark>road</mark> resurfacing."],
                  "name": ["Keystone <mark>Road</mark> Engineering"]
                },
                "sort": [3.1182601, "keystone road engineering", "00000000-0000-0000-0000-000000000005"]
              },
              {
                "_index": "procurement-suppliers",
                "_id": "00000000-0000-0000-0000-000000000002",
                "_score": 1.2039728,
                "_source": { "name": "Brightline Construction plc", "region": "Yorkshire and the Humber", "cpv_codes": ["45000000-7", "45233120-6"] },
                "sort": [1.2039728, "brightline construction plc", "00000000-0000-0000-0000-000000000002"]
              }
            ]
          },
          "aggregations": {
            "division": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [ { "key": "45", "doc_count": 2 }, { "key": "71", "doc_count": 1 } ]
            },
            "region": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [ { "key": "Scotland", "doc_count": 1 }, { "key": "Yorkshire and the Humber", "doc_count": 1 } ]
            },
            "size": {
              "doc_count_error_upper_bound": 0,
              "sum_other_doc_count": 0,
              "buckets": [ { "key": "Large", "doc_count": 1 }, { "key": "Small", "doc_count": 1 } ]
            }
          }
        }
        """;

    public const string SearchWithNoHits = """
        {
          "took": 1,
          "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": { "total": { "value": 0, "relation": "eq" }, "max_score": null, "hits": [] },
          "aggregations": {
            "division": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [] },
            "region": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [] },
            "size": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [] }
          }
        }
        """;

    public const string BulkSucceeded = """
        {
          "took": 30,
          "errors": false,
          "items": [
            { "index": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000001", "_version": 1, "result": "created",
                         "_shards": { "total": 2, "successful": 1, "failed": 0 }, "status": 201, "_seq_no": 0, "_primary_term": 1 } }
          ]
        }
        """;

    public const string BulkWithAFailedItem = """
        {
          "took": 486,
          "errors": true,
          "items": [
            { "index": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000001", "_version": 2, "result": "updated",
                         "_shards": { "total": 2, "successful": 1, "failed": 0 }, "status": 200, "_seq_no": 3, "_primary_term": 1 } },
            { "index": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000002", "status": 400,
                         "error": { "type": "document_parsing_exception",
                                    "reason": "[1:52] failed to parse field [size] of type [keyword] in document with id '00000000-0000-0000-0000-000000000002'.",
                                    "caused_by": { "type": "illegal_state_exception", "reason": "Can't get text on a START_OBJECT at 1:44" } } } }
          ]
        }
        """;

    public const string BulkDeleteOfAMissingDocument = """
        {
          "took": 3,
          "errors": false,
          "items": [
            { "delete": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000009", "_version": 1, "result": "not_found",
                          "_shards": { "total": 2, "successful": 1, "failed": 0 }, "status": 404, "_seq_no": 5, "_primary_term": 1 } }
          ]
        }
        """;

    public const string ParsingException = """
        {
          "error": {
            "root_cause": [ { "type": "parsing_exception", "reason": "unknown query [multi_matc]", "line": 1, "col": 80 } ],
            "type": "parsing_exception",
            "reason": "unknown query [multi_matc]",
            "line": 1,
            "col": 80,
            "caused_by": { "type": "named_object_not_found_exception", "reason": "[1:80] unknown field [multi_matc]" }
          },
          "status": 400
        }
        """;

    public const string IndexNotFound = """
        {
          "error": {
            "root_cause": [ { "type": "index_not_found_exception", "reason": "no such index [procurement-suppliers]", "index": "procurement-suppliers" } ],
            "type": "index_not_found_exception",
            "reason": "no such index [procurement-suppliers]",
            "index": "procurement-suppliers"
          },
          "status": 404
        }
        """;

    public const string IndexAlreadyExists = """
        {
          "error": {
            "root_cause": [ { "type": "resource_already_exists_exception", "reason": "index [procurement-suppliers/x1] already exists" } ],
            "type": "resource_already_exists_exception",
            "reason": "index [procurement-suppliers/x1] already exists"
          },
          "status": 400
        }
        """;

    public const string IndexCreated = """{ "acknowledged": true, "shards_acknowledged": true, "index": "procurement-suppliers" }""";

    public const string DeletedByQuery = """
        { "took": 147, "timed_out": false, "total": 5, "deleted": 5, "batches": 1, "version_conflicts": 0, "noops": 0,
          "retries": { "bulk": 0, "search": 0 }, "throttled_millis": 0, "requests_per_second": -1.0,
          "throttled_until_millis": 0, "failures": [] }
        """;
}
