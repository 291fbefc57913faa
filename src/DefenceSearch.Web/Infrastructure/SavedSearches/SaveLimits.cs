using System.Threading.RateLimiting;
using DefenceSearch.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DefenceSearch.Web.Infrastructure.SavedSearches;

/// <summary>
/// Owners and saves are bounded: ASP.NET Core's rate limiter allows each client address
/// <see cref="DefenceSearchOptions.SavesPerMinute"/> saves a minute and <see cref="DefenceSearchOptions.OwnersPerHour"/>
/// new owners an hour (a save without an owner key creates one); past that, 429 with Retry-After. The Data
/// Protection keys that sign owner cookies are kept beside the database, so cookies survive a restart.
/// </summary>
public static class SaveLimits
{
    /// <summary>Registers the rate limits on saves and new owners, and the owner keys.</summary>
    /// <param name="services">The site's services.</param>
    public static IServiceCollection AddOwnerProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("DefenceSearch");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var folder = Path.Combine(Path.GetDirectoryName(provider.GetRequiredService<SitePaths>().Database) ?? ".", "keys");
            options.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder), provider.GetRequiredService<ILoggerFactory>());
        }));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    if (!IsSave(context)) return RateLimitPartition.GetNoLimiter("");
                    var limit = context.RequestServices.GetRequiredService<IOptions<DefenceSearchOptions>>().Value.SavesPerMinute;
                    return RateLimitPartition.GetFixedWindowLimiter("save " + Client(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limit),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    if (!IsSave(context) || context.RequestServices.GetRequiredService<OwnerKeys>().HasOwner(context)) return RateLimitPartition.GetNoLimiter("");
                    var limit = context.RequestServices.GetRequiredService<IOptions<DefenceSearchOptions>>().Value.OwnersPerHour;
                    return RateLimitPartition.GetFixedWindowLimiter("owner " + Client(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limit),
                        Window = TimeSpan.FromHours(1),
                        QueueLimit = 0,
                    });
                }));
        });
        return services;
    }

    private static bool IsSave(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals("/saved", StringComparison.OrdinalIgnoreCase)
        && string.Equals(context.Request.Query["handler"], "Create", StringComparison.OrdinalIgnoreCase);

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
