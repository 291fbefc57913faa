using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Configuration;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Endpoints;

/// <summary>/export.csv and /export.json: every result of the current search, up to <see cref="SitePaths.ExportLimit"/> (5,000).</summary>
public static class Exports
{
    /// <summary>The response header that says whether the export was cut at the limit ("true"/"false").</summary>
    public const string CappedHeader = "X-DefenceSearch-Capped";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One exported article: what it is, where it came from, when (with how much of the date is known; for an undated
    /// article, <c>LeadDay</c> is the day its lead states without a year, "--06-27", never a date), its tags by code
    /// and by name for each dimension a hit carries (<see cref="FacetDimensions.OnHits"/>: "countries", "countryNames", …),
    /// and its link. Its JSON is an object with those members in that order (see <see cref="ToJson"/>).
    /// </summary>
    public sealed record ExportRow(string Id, string Title, string? Source, string? Url, string? Date, string? DatePrecision, int? Year,
        IReadOnlyList<(FacetDimension Dimension, IReadOnlyList<string> Keys, IReadOnlyList<string> Names)> Tags, string Link, string? LeadDay = null)
    {
        /// <summary>The row as the JSON export writes it.</summary>
        public OrderedDictionary<string, object?> ToJson()
        {
            var json = new OrderedDictionary<string, object?>
            {
                ["id"] = Id, ["title"] = Title, ["source"] = Source, ["url"] = Url, ["date"] = Date, ["datePrecision"] = DatePrecision, ["year"] = Year, ["leadDay"] = LeadDay,
            };
            foreach (var (dimension, keys, names) in Tags)
            {
                json[dimension.Plural] = keys;
                json[dimension.Name + "Names"] = names;
            }
            json["link"] = Link;
            return json;
        }

        /// <summary>The row's CSV fields, in <see cref="CsvColumns"/>' order.</summary>
        public IEnumerable<string> ToCsv()
        {
            string[] head = [Id, Title, Source ?? "", Url ?? "", Date ?? "", DatePrecision ?? "", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", LeadDay ?? ""];
            return head.Concat(Tags.SelectMany(t => new[] { string.Join(';', t.Keys), string.Join("; ", t.Names) })).Append(Link);
        }
    }

    /// <summary>The JSON export: the search, how many articles match and how many are in the file, whether it was capped, and the rows.</summary>
    /// <param name="Query">The query searched.</param>
    /// <param name="Total">How many articles match.</param>
    /// <param name="Count">How many are in the file.</param>
    /// <param name="Capped">True when the file holds fewer than match.</param>
    /// <param name="Limit">The most a file holds.</param>
    /// <param name="Note">What a capped file says about it, or null.</param>
    /// <param name="Items">The rows (<see cref="ExportRow.ToJson"/>).</param>
    public sealed record ExportDocument(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("capped")] bool Capped,
        [property: JsonPropertyName("limit")] int Limit,
        [property: JsonPropertyName("note")] string? Note,
        [property: JsonPropertyName("items")] IReadOnlyList<OrderedDictionary<string, object?>> Items);

    /// <summary>The CSV header: the article's fields, then each hit dimension's keys and names, then the link.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "title", "source", "url", "date", "date_precision", "year", "lead_day", .. FacetDimensions.OnHits.SelectMany(d => new[] { d.Plural, d.Name + "_names" }), "link"];

    /// <summary>Maps GET/HEAD /export.json and /export.csv (503 while there is no index).</summary>
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/export.json", SearchApi.GetAndHead, (HttpContext context, IndexState state, SitePaths site) =>
        {
            if (state.Index is not { } index) return SearchApi.NotReady(context, state);
            var (parameters, rows, total, note) = Collect(context, index, site);
            var capped = note is not null;
            context.Response.Headers[CappedHeader] = capped ? "true" : "false";
            context.Response.Headers.ContentDisposition = Attachment(parameters, "json");
            var document = new ExportDocument(parameters.Query, total, rows.Count, capped, site.ExportLimit, note, rows.Select(r => r.ToJson()).ToList());
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
                    csv.WriteRecord(row.ToCsv().ToArray());
                }
                // A capped file says so in its last line, where a reader of the table meets it.
                if (note is not null) csv.WriteRecord([note, .. Enumerable.Repeat("", CsvColumns.Count - 1)]);
            }
            var bytes = buffer.ToArray();
            return Results.Bytes(bytes, "text/csv; charset=utf-8");
        });
    }

    private static (SearchRequest Parameters, List<ExportRow> Rows, int Total, string? CappedNote) Collect(HttpContext context, ArticleIndex index, SitePaths site)
    {
        var ui = Ui.For(context);
        var parameters = SearchUrl.Read(context.Request.Query) with { Page = 1 };
        var request = parameters with { Lang = ui.Lang, Snippets = false };
        if (parameters.Query.Length == 0) request = request with { Sort = SortOrder.Date };
        var (hits, total) = index.All(request, site.ExportLimit);
        var rows = hits.Select(h => new ExportRow(h.Id, h.Title, h.Source, h.Url, h.Date, h.DatePrecision, h.Year,
            FacetDimensions.OnHits.Select(d => d.HitValues!(h) is var keys
                ? (d, keys, (IReadOnlyList<string>)keys.Select(k => index.Label(d.Name, k, ui.Lang)).ToList()) : default).ToList(),
            site.PublicBaseUrl + Links.Article(h.Id), h.LeadDay?.Value)).ToList();
        var note = total > rows.Count
            ? ui.Format("export.capped", ui.Number(rows.Count), ui.Number(total), site.PublicBaseUrl + parameters.Url("/", withPage: false))
            : null;
        return (parameters, rows, total, note);
    }

    /// <summary>"attachment; filename=defencesearch-ngo-xuan-lich-by-2016-06-2017-12.csv": the name says what was searched.</summary>
    public static string Attachment(SearchRequest parameters, string extension) =>
        new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = $"\"{FileName(parameters)}.{extension}\"" }.ToString();

    /// <summary>The file name without extension: "defencesearch-" and the slug of the query, filters and range ("defencesearch-all" for none).</summary>
    public static string FileName(SearchRequest parameters)
    {
        var parts = new List<string> { parameters.Query };
        foreach (var dimension in FacetDimensions.All) parts.AddRange(parameters.Selected(dimension.Name));
        if (parameters.From is { } from) parts.Add(from);
        if (parameters.To is { } to) parts.Add((parameters.From is null ? "to-" : "") + to);
        var slug = DefenceSearch.Text.VietnameseText.Slug(string.Join(' ', parts));
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "defencesearch-all" : "defencesearch-" + slug;
    }
}
