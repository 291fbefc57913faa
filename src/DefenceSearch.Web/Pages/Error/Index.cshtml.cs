using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Error;

/// <summary>The page for errors and for 4xx status codes (re-executed by the middleware).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(ILogger<IndexModel> logger) : PageModel
{
    /// <summary>The status code shown.</summary>
    public int Code { get; private set; } = 500;
    /// <summary>The path that failed, or null.</summary>
    public string? OriginalPath { get; private set; }

    /// <summary>Shows the error page for a status code (500 when none).</summary>
    /// <param name="code">The status code.</param>
    public void OnGet(int? code) => Handle(code);

    /// <summary>The same for a failed form post.</summary>
    /// <param name="code">The status code.</param>
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
