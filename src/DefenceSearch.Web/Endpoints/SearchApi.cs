using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Endpoints;

/// <summary>The JSON search API (/api/search): the command line's <c>--json</c> shape.</summary>
public static class SearchApi
{
    /// <summary>GET and HEAD: a HEAD request is answered as GET (Kestrel sends no body), never 405.</summary>
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>GET /api/search?q=…&amp;country=…&amp;lang=en: the command line's <c>--json</c> object.</summary>
    public static void MapSearchApi(this IEndpointRouteBuilder app) => app.MapMethods("/api/search", SearchApi.GetAndHead, (HttpContext context, IndexState state) =>
    {
        if (state.Index is not { } index) return NotReady(context, state);
        var parameters = SearchUrl.Read(context.Request.Query);
        var lang = context.Request.Query["lang"] == "en" ? "en" : "vi";
        var response = parameters.SearchIn(index, lang);
        response = response with { Notice = Ui.English.Notices(response.Notices) }; // the API's "notice" is worded in English
        return Results.Content(response.ToJson(), "application/json; charset=utf-8");
    });

    /// <summary>503 with Retry-After while there is no index to read.</summary>
    internal static IResult NotReady(HttpContext context, IndexState state)
    {
        context.Response.Headers.RetryAfter = "5";
        return Results.Json(new { error = "The index is not ready yet.", status = state.Status.ToString().ToLowerInvariant(), problem = state.Problem?.Public },
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
