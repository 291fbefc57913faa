using System.Net;
using System.Text;
using System.Text.Json;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class ExportTests(SharedSite site)
{
    [Fact]
    public async Task Csv_holds_every_filtered_result_with_its_facets()
    {
        using var response = await site.Factory.Browser().GetAsync("/export.csv?country=BY&page=2&size=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("false", response.Headers.GetValues("X-DefenceSearch-Capped").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,title,source,url,date,date_precision,year,lead_day,countries,country_names,ministers,minister_names,areas,area_names,link", lines[0]);
        Assert.Equal(3, lines.Length); // all pages: both Belarus articles, whatever page and size say
        // The date with its precision and year, the countries by code and by name, the article's page on this site.
        Assert.Contains(lines, l => l.StartsWith("000_", StringComparison.Ordinal) && l.Contains(",2018-11-15,day,2018,", StringComparison.Ordinal)
            && l.Contains("VN;BY,Việt Nam; Belarus,", StringComparison.Ordinal) && l.Contains(",http://localhost:5000/article/000_", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("004_", StringComparison.Ordinal));
        Assert.Equal("defencesearch-by.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Json_holds_the_same_rows()
    {
        using var response = await site.Factory.Browser().GetAsync("/export.json?q=ngo+xuan+lich");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("false", response.Headers.GetValues("X-DefenceSearch-Capped").Single());
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.False(root.GetProperty("capped").GetBoolean());
        Assert.Equal(5000, root.GetProperty("limit").GetInt32());
        var item = root.GetProperty("items")[0];
        Assert.Equal(["id", "title", "source", "url", "date", "datePrecision", "year", "leadDay", "countries", "countryNames", "ministers", "ministerNames", "areas", "areaNames", "link"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("items").GetArrayLength());
        // 003 is undated ("Chiều nay (5/6)", no year): its stated day in its own member, its year null.
        Assert.Contains(root.GetProperty("items").EnumerateArray(), i => i.GetProperty("leadDay").GetString() == "--06-05" && i.GetProperty("year").ValueKind == JsonValueKind.Null);
        Assert.Contains("Ngô Xuân Lịch", root.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("ministerNames").EnumerateArray().Select(n => n.GetString())));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("note").ValueKind);
        Assert.Equal("defencesearch-ngo-xuan-lich.json", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Bad_parameters_still_export()
    {
        using var response = await site.Factory.Browser().GetAsync("/export.json?page=-4&size=999999&sort=nope&year=x");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
