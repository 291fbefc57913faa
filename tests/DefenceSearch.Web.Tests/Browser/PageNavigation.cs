using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Waiting for a navigation by what the new page holds, not by the browser's load event.</summary>
public static class PageNavigation
{
    /// <summary>
    /// Waits until the page's address matches <paramref name="url"/> and the new page is parsed to its footer. A wait for
    /// the load event (Playwright's default) once hung for its whole 90 s in a full run on two busy cores, although the
    /// page had arrived (TimelineBrowserTests, session 9): the commit and the footer do not depend on that event.
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, Regex url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".site-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
