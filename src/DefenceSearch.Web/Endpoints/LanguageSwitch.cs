using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.Security;

namespace DefenceSearch.Web.Endpoints;

/// <summary>The interface language switch (/language/{lang}).</summary>
public static class LanguageSwitch
{
    /// <summary>GET /language/en?returnUrl=/…: remembers the interface language in a cookie and goes back.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) => app.MapMethods("/language/{lang}", SearchApi.GetAndHead, (string lang, string? returnUrl, HttpContext context) =>
    {
        context.Response.Cookies.Append(Ui.CookieName, lang == "en" ? "en" : "vi", SiteCookies.LongLived(context, years: 1));
        return Results.LocalRedirect(Links.LocalOrRoot(returnUrl));
    });
}
