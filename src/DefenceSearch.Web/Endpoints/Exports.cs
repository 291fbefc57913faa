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

    /// <summary>One exported article: what it is, where it came from, when (with how much of the date is known), its tags by code and by name.</summary>
    public sealed record ExportRow(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("datePrecision")] string? DatePrecision,
        [property: JsonPropertyName("year")] int? Year,
        [property: JsonPropertyName("countries")] IReadOnlyList<string> Countries,
        [property: JsonPropertyName("countryNames")] IReadOnlyList<string> CountryNames,
        [property: JsonPropertyName("ministers")] IReadOnlyList<string> Ministers,
        [property: JsonPropertyName("ministerNames")] IReadOnlyList<string> MinisterNames,
        [property: JsonPropertyName("areas")] IReadOnlyList<string> Areas,
        [property: JsonPropertyName("areaNames")] IReadOnlyList<string> AreaNames,
        [property: JsonPropertyName("link")] string Link);

    public sealed record ExportDocument(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("capped")] bool Capped,
        [property: JsonPropertyName("limit")] int Limit,
        [property: JsonPropertyName("note")] string? Note,
        [property: JsonPropertyName("items")] IReadOnlyList<ExportRow> Items);

    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "title", "source", "url", "date", "date_precision", "year", "countries", "country_names", "ministers", "minister_names", "areas", "area_names", "link"];

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/export.json", SearchApi.GetAndHead, (HttpContext context, IndexState state, SitePaths site) =>
        {
            if (state.Index is not { } index) return SearchApi.NotReady(context, state);
            var (parameters, rows, total, note) = Collect(context, index, site);
            var capped = note is not null;
            context.Response.Headers[CappedHeader] = capped ? "true" : "false";
            context.Response.Headers.ContentDisposition = Attachment(parameters, "json");
            var document = new ExportDocument(parameters.Query, total, rows.Count, capped, site.ExportLimit, note, rows);
            return Results.Content(JsonSerializer.Serialize(document, Json), "application/json; charset=utf-8");
        });

        app.MapMethods("/export.csv", SearchApi.GetAndHead, (HttpContext context, IndexState state, SitePaths site) =>
        {
            if (state.Index is not { } index) return SearchApi.NotReady(context, state);
            var (parameters, rows, _, note) = Collect(context, index, site);
            context.Response.Headers[CappedHeader] = note is not null ? "true" : "false";
            context.Response.Headers.ContentDisposition = Attachment(parameters, "csv");
            using var buffer = new MemoryStream();
            // A byte-order mark so spreadsheet programs read the Vietnamese as UTF-8; formula-like fields escaped.
            var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
            using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
            {
                csv.WriteHeader(CsvColumns.ToArray());
                foreach (var row in rows)
                {
                    csv.WriteRecord([row.Id, row.Title, row.Source ?? "", row.Url ?? "", row.Date ?? "", row.DatePrecision ?? "",
                        row.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        string.Join(';', row.Countries), string.Join("; ", row.CountryNames),
                        string.Join(';', row.Ministers), string.Join("; ", row.MinisterNames),
                        string.Join(';', row.Areas), string.Join("; ", row.AreaNames), row.Link]);
                }
                // A capped file says so in its last line, where a reader of the table meets it.
                if (note is not null) csv.WriteRecord([note, .. Enumerable.Repeat("", CsvColumns.Count - 1)]);
            }
            var bytes = buffer.ToArray();
            return Results.Bytes(bytes, "text/csv; charset=utf-8");
        });
    }

    private static (SearchParameters Parameters, List<ExportRow> Rows, int Total, string? CappedNote) Collect(HttpContext context, ArticleIndex index, SitePaths site)
    {
        var ui = Ui.For(context);
        var parameters = SearchParameters.From(context.Request.Query) with { Page = 1 };
        var request = parameters.ToRequest(ui.Lang, snippets: false);
        if (parameters.Query.Length == 0) request = request with { Sort = SortOrder.Date };
        var (hits, total) = index.All(request, site.ExportLimit);
        IReadOnlyList<string> Names(string dimension, IReadOnlyList<string> keys) => keys.Select(k => index.Label(dimension, k, ui.Lang)).ToList();
        var rows = hits.Select(h => new ExportRow(h.Id, h.Title, h.Source, h.Url, h.Date, h.DatePrecision, h.Year,
            h.Countries, Names("country", h.Countries), h.Ministers, Names("minister", h.Ministers), h.Areas, Names("area", h.Areas),
            site.PublicBaseUrl + Links.Article(h.Id))).ToList();
        var note = total > rows.Count
            ? ui.Format("export.capped", ui.Number(rows.Count), ui.Number(total), site.PublicBaseUrl + parameters.Url("/", withPage: false))
            : null;
        return (parameters, rows, total, note);
    }

    /// <summary>"attachment; filename=defencesearch-ngo-xuan-lich-by-2016-06-2017-12.csv": the name says what was searched.</summary>
    public static string Attachment(SearchParameters parameters, string extension) =>
        new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = $"\"{FileName(parameters)}.{extension}\"" }.ToString();

    public static string FileName(SearchParameters parameters)
    {
        var parts = new List<string> { parameters.Query };
        foreach (var dimension in SearchParameters.Dimensions) parts.AddRange(parameters.Selected(dimension));
        if (parameters.DateFrom is { } from) parts.Add(from);
        if (parameters.DateTo is { } to) parts.Add((parameters.DateFrom is null ? "to-" : "") + to);
        var slug = DefenceSearch.Text.VietnameseText.Slug(string.Join(' ', parts));
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "defencesearch-all" : "defencesearch-" + slug;
    }
}
