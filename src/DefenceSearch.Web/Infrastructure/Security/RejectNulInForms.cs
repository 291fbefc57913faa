namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>
/// A posted form with a NUL (or another C0 control other than tab and line breaks) in a field name or value is
/// not text a person typed: 400, before any handler sees it (it used to end in a 500).
/// </summary>
public sealed class RejectNulInForms(RequestDelegate next)
{
    /// <summary>Answers 400 to a posted form holding a NUL or control character; passes anything else on.</summary>
    /// <param name="context">The request.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType && !context.Request.Path.StartsWithSegments("/error"))
        {
            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                await RefuseAsync(context);
                return;
            }
            foreach (var (key, values) in form)
            {
                if (IsBad(key) || values.Any(IsBad))
                {
                    await RefuseAsync(context);
                    return;
                }
            }
        }
        await next(context);
    }

    // A plain answer: the error page would be rendered for the same POST, with the same form.
    private static Task RefuseAsync(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsync("400 Bad Request: the form holds control characters.\n");
    }

    private static bool IsBad(string? text) => text is not null && text.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0;
}
