using System.Text.Encodings.Web;
using System.Text.Unicode;
using DefenceSearch.Web.Endpoints;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Configuration;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = SiteContentRoot.For(args) });

builder.Services.AddOptions<DefenceSearchOptions>().Bind(builder.Configuration.GetSection(DefenceSearchOptions.Section));
builder.Services.AddSingleton<SitePaths>();
builder.Services.AddSingleton<IndexState>();
builder.Services.AddSingleton<IndexingService>();
builder.Services.AddHostedService(services => services.GetRequiredService<IndexingService>());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SavedSearchStore>();
builder.Services.AddSingleton<SavedCounts>();
builder.Services.AddSingleton<OwnerKeys>();
builder.Services.AddOwnerProtection();
builder.Services.AddSingleton<HelpContent>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped(services => Ui.For(services.GetRequiredService<IHttpContextAccessor>().HttpContext));
// Vietnamese letters stay readable in the HTML; markup characters are still encoded.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddAntiforgery(options => options.Cookie.Name = "ds_af");

builder.WebHost.ConfigureKestrel(kestrel =>
{
    // A long pasted query reaches the site, which cuts it and says so, instead of Kestrel's empty 414.
    kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxRequestLineBytes;
    kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.MaxRequestHeadersBytes;
    kestrel.AddServerHeader = false; // no "Server: Kestrel"
});

// Behind a TLS proxy on this machine (the default trusted proxies: loopback): the scheme and client address
// it forwards, so cookies get Secure and the rate limits count real clients.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
    options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);

var mvc = builder.Services.AddRazorPages();
if (builder.Environment.IsDevelopment()) mvc.AddRazorRuntimeCompilation();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<RejectNulInForms>();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();

app.MapRazorPages();
app.MapSearchApi();
app.MapExports();
app.MapFeeds();
app.MapLanguageSwitch();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
