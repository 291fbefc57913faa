using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Error;

/// <summary>The page for errors and for 4xx status codes (re-executed by the middleware).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(ILogger<IndexModel> logger) : PageModel
{
    public int Code { get; private set; } = 500;
    public string? OriginalPath { get; private set; }

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value : 500;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            OriginalPath = failure.Path;
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }
        Response.StatusCode = Code; // /error/404 answers 404, not 200
    }
}
