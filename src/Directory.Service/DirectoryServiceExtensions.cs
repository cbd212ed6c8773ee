using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Persistence;

namespace APPlatform.ProviderDirectory;

public static class DirectoryServiceExtensions
{
    public const string ServiceName = "directory";
    public const string DatabaseName = "directorydb";

    public static IHostApplicationBuilder AddDirectoryServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryDbContext>(DatabaseName);
        builder.AddMessaging<DirectoryDbContext>(ServiceName);
        builder.AddCache();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        return builder;
    }
}
