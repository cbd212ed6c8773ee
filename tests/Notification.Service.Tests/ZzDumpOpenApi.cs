using APPlatform.TestSupport;
namespace APPlatform.Notifications.Tests;
public sealed class ZzDumpOpenApi(NotificationService service) : IClassFixture<NotificationService>
{
    [Fact]
    public async Task Dump() => await File.WriteAllTextAsync("/tmp/openapi-main/notification.json", await (await service.As(TestCaller.OfType("platform_admin")).GetAsync("/openapi/notification.json")).Content.ReadAsStringAsync());
}
