using DefenceSearch.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Saved;

/// <summary>Opens a saved search: marks it opened now (so "new" counts restart) and goes to its results.</summary>
public sealed class OpenModel(SavedSearchStore store, OwnerKeys owners) : PageModel
{
    public IActionResult OnGet(long id)
    {
        if (owners.Find(HttpContext) is not { } owner || store.Open(owner, id) is not { } saved) return NotFound();
        return Redirect(SearchParameters.FromQueryString(saved.Query).Url("/", withPage: false));
    }
}
