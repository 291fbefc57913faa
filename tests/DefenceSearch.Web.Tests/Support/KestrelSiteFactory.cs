using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceSearch.Web.Tests.Support;

/// <summary>The site on a real Kestrel server on 127.0.0.1 (a free port), for browsers and real HTTP clients.</summary>
public class KestrelSiteFactory : SiteFactory
{
    /// <param name="addToCorpus">Writes more files into the corpus (a copy of corpus/) before the site starts.</param>
    public KestrelSiteFactory(Action<string>? addToCorpus = null)
    {
        addToCorpus?.Invoke(CorpusPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>http://127.0.0.1:port, once started.</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
}
