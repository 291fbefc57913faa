using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Help;

/// <summary>Query syntax and tips, from help-vi.md / help-en.md.</summary>
public sealed class IndexModel(HelpContent help, Ui ui) : PageModel
{
    /// <summary>The help page's HTML in the interface language.</summary>
    public string Html { get; private set; } = "";

    /// <summary>Shows the help page.</summary>
    public void OnGet() => Html = help.Html(ui.Lang);
}
