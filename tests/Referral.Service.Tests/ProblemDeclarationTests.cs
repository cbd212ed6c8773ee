using APPlatform.TestSupport;

namespace APPlatform.Referrals.Tests;

public sealed class ProblemDeclarationTests(ReferralService service)
    : TestSupport.ProblemDeclarationTests(service.As(TestCaller.PlatformAdmin()), "/openapi/referral.json"), IClassFixture<ReferralService>;
