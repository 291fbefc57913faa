using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;

namespace DefenceSearch.Web.Endpoints;

/// <summary>/export.csv and /export.json: every result of the current search, up to <see cref="SitePaths.ExportLimit"/> (5,000).</summary>
public static class Exports
{
    public const string CappedHeader = "X-DefenceSearch-Capped";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ExportRow(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("countries")] IReadOnlyList<string> Countries,
        [property: JsonPropertyName("ministers")] IReadOnlyList<string> Ministers,
        [property: JsonPropertyName("areas")] IReadOnlyList<string> Areas);

    public sealed record ExportDocument(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("capped")] bool Capped,
        [property: JsonPropertyName("limit")] int Limit,
        [property: JsonPropertyName("items")] IReadOnlyList<ExportRow> Items);

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/export.json", SearchApi.GetAndHead, (HttpContext context, IndexState state, SitePaths site) =>
        {
            if (state.Index is not { } index) return SearchApi.NotReady(context, state);
            var (parameters, rows, total) = Collect(context, index, site.ExportLimit);
            var capped = total > rows.Count;
            context.Response.Headers[CappedHeader] = capped ? "true" : "false";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"defencesearch.json\"";
            var document = new ExportDocument(parameters.Query, total, rows.Count, capped, site.ExportLimit, rows);
            return Results.Content(JsonSerializer.Serialize(document, Json), "application/json; charset=utf-8");
        });

        app.MapMethods("/export.csv", SearchApi.GetAndHead, (HttpContext context, IndexState state, SitePaths site) =>
        {
            if (state.Index is not { } index) return SearchApi.NotReady(context, state);
            var (_, rows, total) = Collect(context, index, site.ExportLimit);
            context.Response.Headers[CappedHeader] = total > rows.Count ? "true" : "false";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"defencesearch.csv\"";
            using var buffer = new MemoryStream();
            // A byte-order mark so spreadsheet programs read the Vietnamese as UTF-8; formula-like fields escaped.
            var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
            using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
            {
                csv.WriteHeader(["id", "title", "date", "url", "countries", "ministers", "areas"]);
                foreach (var row in rows)
                {
                    csv.WriteRecord([row.Id, row.Title, row.Date ?? "", row.Url ?? "",
                        string.Join(';', row.Countries), string.Join(';', row.Ministers), string.Join(';', row.Areas)]);
                }
            }
            var bytes = buffer.ToArray();
            return Results.Bytes(bytes, "text/csv; charset=utf-8");
        });
    }

    private static (SearchParameters Parameters, List<ExportRow> Rows, int Total) Collect(HttpContext context, ArticleIndex index, int limit)
    {
        var parameters = SearchParameters.From(context.Request.Query) with { Page = 1 };
        var request = parameters.ToRequest("vi", snippets: false);
        if (parameters.Query.Length == 0) request = request with { Sort = SortOrder.Date };
        var (hits, total) = index.All(request, limit);
        var rows = hits.Select(h => new ExportRow(h.Id, h.Title, h.Date, h.Url, h.Countries, h.Ministers, h.Areas)).ToList();
        return (parameters, rows, total);
    }
}
