using APPlatform.ProviderDirectory.Demo;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>An audit with every item answered (the demo's), completed by its author: valid for a year.</summary>
internal static class CompletedAudit
{
    public static AuditRiskAssessment Of(Provider provider, Caller author, DateTimeOffset at)
    {
        var answers = DemoAudit.Answers(provider, author, suitable: true, at);
        answers.Profile.Places = 12;
        answers.Profile.KeyStages = [KeyStage.KS4];
        var audit = AuditRiskAssessment.Start(Guid.NewGuid(), provider.Id, author, false, answers, at);
        Assert.Empty(audit.Complete(provider.IsRegistered, author, at, TimeSpan.FromDays(365)));
        return audit;
    }
}
