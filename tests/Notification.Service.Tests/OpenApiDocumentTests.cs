using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

public sealed class OpenApiDocumentTests(NotificationService service)
    : OpenApiCompletenessTests(service.As(TestCaller.PlatformAdmin()), "/openapi/notification.json"), IClassFixture<NotificationService>;
