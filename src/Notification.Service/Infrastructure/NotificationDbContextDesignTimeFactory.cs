using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Infrastructure;

internal sealed class NotificationDbContextDesignTimeFactory : DesignTimeDbContextFactory<NotificationDbContext>
{
    protected override NotificationDbContext Create(DbContextOptions<NotificationDbContext> options) => new(options);
}
