using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Saved;

/// <summary>The owner's saved searches: list with current and new counts, create, rename, delete.</summary>
public sealed class IndexModel(SavedSearchStore store, OwnerKeys owners, IndexState state, SavedCounts counts, Ui ui) : PageModel
{
    /// <summary>One saved search; <see cref="Later"/> when its counts were not computed in this view's budget.</summary>
    public sealed record Row(SavedSearch Saved, SearchRequest Parameters, int? Total, int? New, bool Later = false);

    /// <summary>The owner's saved searches with their counts.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>True when a save was refused because the owner keeps the most allowed.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>Lists the owner's saved searches, counting what this view may afford.</summary>
    /// <param name="limit">True after a refused save.</param>
    public void OnGet(bool limit = false)
    {
        LimitReached = limit;
        if (owners.Find(HttpContext) is not { } owner) return;
        var index = state.Index;
        var view = index is null ? null : counts.Begin(index);
        Rows = store.List(owner).Select(saved =>
        {
            var parameters = SearchUrl.Read(saved.Query);
            if (view is null) return new Row(saved, parameters, null, null);
            return view.Of(parameters, saved.LastOpened) is { } c ? new Row(saved, parameters, c.Total, c.New) : new Row(saved, parameters, null, null, Later: true);
        }).ToList();
    }

    /// <summary>Saves a search for the owner (400 when its query is too long).</summary>
    /// <param name="name">The name typed.</param>
    /// <param name="query">The search's query string.</param>
    public IActionResult OnPostCreate(string? name, string? query)
    {
        // Stored in the site's own canonical form, whatever was posted, and never longer than the store takes.
        var parameters = SearchUrl.Read(query is { Length: > SavedSearchStore.MaxQueryLength * 4 } ? query[..(SavedSearchStore.MaxQueryLength * 4)] : query)
            .WithoutListFilters() with { Page = 1 };
        var canonical = parameters.ToQueryString(withPage: false);
        if (canonical.Length > SavedSearchStore.MaxQueryLength) return BadRequest();
        var owner = owners.GetOrCreate(HttpContext);
        var clean = SavedSearchStore.CleanName(name);
        if (clean.Length == 0) clean = parameters.Query.Length > 0 ? SavedSearchStore.CleanName(parameters.Query) : ui["save.defaultName"];
        var saved = store.Create(owner, clean, canonical);
        return saved is null ? RedirectToPage("/Saved/Index", new { limit = true }) : Redirect("/saved#saved-" + saved.Id);
    }

    /// <summary>Renames one of the owner's saved searches (404 when not theirs).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">The new name.</param>
    public IActionResult OnPostRename(long id, string? name)
    {
        if (owners.Find(HttpContext) is not { } owner || store.Get(owner, id) is null) return NotFound();
        var clean = SavedSearchStore.CleanName(name);
        if (clean.Length > 0) store.Rename(owner, id, clean);
        return Redirect("/saved#saved-" + id);
    }

    /// <summary>Deletes one of the owner's saved searches (404 when not theirs).</summary>
    /// <param name="id">Its id.</param>
    public IActionResult OnPostDelete(long id)
    {
        if (owners.Find(HttpContext) is not { } owner || !store.Delete(owner, id)) return NotFound();
        return Redirect("/saved");
    }

    /// <summary>What a saved search looks for, in words: the query and the filters' labels.</summary>
    public string Describe(SearchRequest parameters)
    {
        var parts = new List<string>();
        foreach (var dimension in FacetDimensions.All.Select(d => d.Name))
        {
            var selected = parameters.Selected(dimension);
            if (selected.Count == 0) continue;
            var labels = selected.Select(k => state.Index?.Label(dimension, k, ui.Lang) ?? k);
            parts.Add($"{ui["facet." + dimension]}: {string.Join(", ", labels)}");
        }
        if (parameters.HasRange) parts.Add($"{ui["range.title"]}: {parameters.RangeLabel(ui)}");
        if (parameters.Sort == SortOrder.Date) parts.Add(ui["saved.sortedByDate"]);
        return string.Join(" · ", parts);
    }
}
