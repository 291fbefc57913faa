using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Waiting for a navigation by what the new page holds, never by a load event the client may miss.</summary>
public static class PageNavigation
{
    /// <summary>How long a navigation may take in a full run on two busy cores: a condition wait, not a duration under test.</summary>
    private const float Patience = 90_000;

    /// <summary>
    /// Waits until the page's address matches <paramref name="url"/> and the new page is parsed to its footer.
    /// <para>
    /// Not <see cref="IPage.WaitForURLAsync(Regex, PageWaitForURLOptions?)"/>: in Microsoft.Playwright for .NET, when the
    /// address already matches (a click waits for its navigation to commit, so it usually does), that call ignores
    /// <see cref="WaitUntilState.Commit"/> and waits for the <c>load</c> event (playwright-dotnet issue 3365), and it checks
    /// the load states before it subscribes to them, so a <c>load</c> that arrives in between is lost (issue 3364). That is
    /// how two full runs of session 12 hung 90 s on a page that had arrived ("NetworkIdle event fired", no <c>load</c>).
    /// <c>Expect(page).ToHaveURLAsync</c> is one request that the Playwright driver polls and answers, so no event can be
    /// lost, and the footer is the last element of every page.
    /// </para>
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = Patience });
        await page.Locator(".site-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Patience });
    }
}
