using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Saved;

/// <summary>Opens a saved search: marks it opened now (so "new" counts restart) and goes to its results, new ones first.</summary>
public sealed class OpenModel(SavedSearchStore store, OwnerKeys owners) : PageModel
{
    /// <summary>Opens a saved search: its results with what entered the index since it was last opened first.</summary>
    /// <param name="id">Its id.</param>
    public IActionResult OnGet(long id)
    {
        if (owners.Find(HttpContext) is not { } owner || store.Open(owner, id) is not { } saved) return NotFound();
        // The results, with what entered the index since the last opening first and marked new.
        return Redirect((SearchUrl.Read(saved.Query) with { Since = saved.LastOpened.ToUnixTimeSeconds() }).Url("/"));
    }
}
