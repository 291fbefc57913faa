namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>The same security headers on every response, pages and files alike.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The Content-Security-Policy of every response (scripts and styles from the site only).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Adds the security headers to the response and passes the request on.</summary>
    /// <param name="context">The request.</param>
    public Task InvokeAsync(HttpContext context)
    {
        // Set when the response starts, so error handlers that clear the headers cannot drop them.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            var context = (HttpContext)state;
            if (context.Request.Path.StartsWithSegments("/saved") || context.Request.Path.StartsWithSegments("/feeds"))
                headers["X-Robots-Tag"] = "noindex, nofollow"; // private lists and feeds are not for search engines
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
