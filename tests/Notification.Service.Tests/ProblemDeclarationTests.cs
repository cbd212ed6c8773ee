using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

public sealed class ProblemDeclarationTests(NotificationService service)
    : TestSupport.ProblemDeclarationTests(service.As(TestCaller.PlatformAdmin()), "/openapi/notification.json"), IClassFixture<NotificationService>;
