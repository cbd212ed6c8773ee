using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Apis.Responses;
using APPlatform.ProviderDirectory.Deadlines;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Apis;

public sealed class AuditOptions
{
    public const string SectionName = "Directory:Audits";

    /// <summary>How long a completed audit may be relied on before it must be done again.</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long before an audit stops being valid its author and local authority are reminded to audit again.</summary>
    public TimeSpan RenewalNoticeBefore { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>An audit's answers as sent: every id must be one the questionnaire knows.</summary>
/// <param name="IsPrivate">
/// Whether the completed audit stays with its author (school or trust) rather than being shared with the local
/// authority's commissioners.
/// </param>
/// <param name="Answers">What is written on the Appendix 1 form so far; ids must be the questionnaire's.</param>
public sealed record AuditDraft(bool IsPrivate, AuditAnswers? Answers) : IValidatableObject
{
    private const int MaxTextLength = 4000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var answers = Answers ?? new AuditAnswers();
        var known = AuditQuestionnaire.SectionQuestions.Select(q => q.Id).ToHashSet();
        foreach (var id in answers.SectionAnswers.Select(a => a.QuestionId).Where(id => !known.Contains(id)))
        {
            yield return new ValidationResult($"'{id}' is not a question of the audit (see /api/directory/audits/questionnaire).", ["answers.sectionAnswers"]);
        }

        var caveats = AuditQuestionnaire.UnregisteredCaveats.Select(q => q.Id).ToHashSet();
        foreach (var id in answers.UnregisteredCaveats.Select(c => c.CaveatId).Where(id => !caveats.Contains(id)))
        {
            yield return new ValidationResult($"'{id}' is not a caveat of the audit.", ["answers.unregisteredCaveats"]);
        }

        var questions = AuditQuestionnaire.UnregisteredQuestions.Select(q => q.Id).ToHashSet();
        foreach (var id in answers.UnregisteredAnswers.Select(a => a.QuestionId).Where(id => !questions.Contains(id)))
        {
            yield return new ValidationResult($"'{id}' is not a question for unregistered providers.", ["answers.unregisteredAnswers"]);
        }

        var texts = answers.SectionAnswers.SelectMany(a => new[] { a.Finding, a.Evidence, a.Concern, a.NextSteps })
            .Concat(answers.UnregisteredAnswers.Select(a => a.Answer))
            .Concat([answers.Outcome.Reason, answers.Outcome.ConcernsAndActions, answers.Outcome.SchoolImprovementTeamInvolvement]);
        if (texts.Any(text => text?.Length > MaxTextLength))
        {
            yield return new ValidationResult($"Each answer is at most {MaxTextLength} characters.", ["answers"]);
        }
    }
}

/// <summary>An audit and risk assessment without its answers.</summary>
/// <param name="Id">The audit's id.</param>
/// <param name="ProviderId">The provider audited.</param>
/// <param name="Status">Draft, completed or expired, as of today.</param>
/// <param name="IsPrivate">Whether its author keeps it from the other commissioners of its local authority.</param>
/// <param name="AuthorOrganisationId">The organisation (school, trust or local authority) that wrote it.</param>
/// <param name="AuthorOrganisationType">The kind of organisation that wrote it.</param>
/// <param name="LocalAuthorityId">The local authority whose commissioners may rely on it once completed.</param>
/// <param name="Suitable">Its outcome once completed: whether the provider was found suitable.</param>
/// <param name="CreatedAt">When it was started (ISO date-time with offset).</param>
/// <param name="CompletedAt">When it was completed (ISO date-time with offset); null for a draft.</param>
/// <param name="ValidUntil">The last day it may be relied on (ISO date); null for a draft.</param>
/// <param name="SignedOffAt">When the school's headteacher signed it off (ISO date-time with offset); null until then.</param>
/// <param name="SignedOffBy">The headteacher who signed it off, by name; null until then.</param>
public sealed record AuditSummary(
    Guid Id, Guid ProviderId, AuditStatus Status, bool IsPrivate, Guid AuthorOrganisationId, OrganisationType AuthorOrganisationType,
    Guid? LocalAuthorityId, bool? Suitable, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, DateOnly? ValidUntil,
    DateTimeOffset? SignedOffAt, string? SignedOffBy)
{
    public static AuditSummary From(AuditRiskAssessment audit, DateOnly today) => new(
        audit.Id, audit.ProviderId, audit.StatusOn(today), audit.IsPrivate, audit.AuthorOrganisationId, audit.AuthorOrganisationType,
        audit.LocalAuthorityId, audit.Suitable, audit.CreatedAt, audit.CompletedAt, audit.ValidUntil, audit.SignedOffAt, audit.SignedOffBy);
}

/// <summary>An audit and risk assessment with its answers.</summary>
/// <param name="Audit">Who wrote it, its status and outcome.</param>
/// <param name="Answers">Its answers to the questionnaire (Appendix 1).</param>
public sealed record AuditView(AuditSummary Audit, AuditAnswersView Answers)
{
    public static AuditView From(AuditRiskAssessment audit, DateOnly today) => new(AuditSummary.From(audit, today), AuditAnswersView.From(audit.Answers));
}

/// <summary>The audit form (Appendix 1): what an audit's answers are keyed by.</summary>
/// <param name="PolicyDocuments">The policies the provider must hold, each checked in the audit.</param>
/// <param name="UnregisteredCaveats">What a school confirms before using an unregistered provider.</param>
/// <param name="UnregisteredQuestions">The seven questions for an unregistered provider.</param>
/// <param name="Sections">Safeguarding, quality of education, transition and communication, with every question.</param>
public sealed record QuestionnaireView(
    IReadOnlyList<DocumentType> PolicyDocuments,
    IReadOnlyList<AuditQuestion> UnregisteredCaveats,
    IReadOnlyList<AuditQuestion> UnregisteredQuestions,
    IReadOnlyList<AuditSection> Sections);

/// <summary>The audit just started, as a draft.</summary>
/// <param name="Id">The new audit's id.</param>
public sealed record AuditStarted(Guid Id);

/// <summary>Audits and risk assessments (Appendix 1): written by schools, trusts and local authorities, shared within a local authority.</summary>
public static class AuditsApi
{
    public static RouteGroupBuilder MapAuditsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Audits");

        api.MapGet("/audits/questionnaire", GetQuestionnaire).WithName(nameof(GetQuestionnaire))
            .WithSummary("The audit's caveats, questions and policy documents, in the trust policy's words");
        api.MapPost("/providers/{id:guid}/audits", StartAudit).WithName(nameof(StartAudit))
            .WithSummary("Start an audit of a provider (prefilled from its record unless answers are given)")
            .RequireOrganisationType(AuditRiskAssessment.Authors).WithIdempotencyKey();
        api.MapGet("/providers/{id:guid}/audits", ListAudits).WithName(nameof(ListAudits))
            .WithSummary("The audits of a provider the caller may see, newest first");
        api.MapGet("/audits/{auditId:guid}", GetAudit).WithName(nameof(GetAudit));
        api.MapPut("/audits/{auditId:guid}", ReviseAudit).WithName(nameof(ReviseAudit)).WithSummary("Change a draft audit (its author only)");
        api.MapPost("/audits/{auditId:guid}/complete", CompleteAudit).WithName(nameof(CompleteAudit))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Complete an audit once every item is answered; it is then shared in the author's local authority unless private");
        api.MapPost("/audits/{auditId:guid}/sign-off", SignOffAudit).WithName(nameof(SignOffAudit))
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The school's headteacher, signed in, signs off its completed audit (trust policy §10.3)");

        return api;
    }

    public static Ok<QuestionnaireView> GetQuestionnaire() => TypedResults.Ok(new QuestionnaireView(
        AuditQuestionnaire.PolicyDocuments, AuditQuestionnaire.UnregisteredCaveats, AuditQuestionnaire.UnregisteredQuestions, AuditQuestionnaire.Sections));

    public static async Task<Results<Created<AuditStarted>, NotFound>> StartAudit(
        Guid id, AuditDraft request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var audit = AuditRiskAssessment.Start(Guid.CreateVersion7(now), id, caller, request.IsPrivate, request.Answers ?? AuditPrefill.From(provider, caller), now);
        db.Audits.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/directory/audits/{audit.Id}", new AuditStarted(audit.Id));
    }

    public static async Task<Ok<List<AuditSummary>>> ListAudits(
        Guid id, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var audits = await db.Audits.Where(a => a.ProviderId == id).Where(AuditRiskAssessment.VisibleTo(caller))
            .OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
        var today = clock.TodayInEngland();
        return TypedResults.Ok(audits.Select(a => AuditSummary.From(a, today)).ToList());
    }

    public static async Task<Results<Ok<AuditView>, NotFound>> GetAudit(
        Guid auditId, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.FindAsync([auditId], cancellationToken);
        return audit is not null && audit.IsVisibleTo(caller)
            ? TypedResults.Ok(AuditView.From(audit, clock.TodayInEngland()))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<AuditView>, NotFound>> ReviseAudit(
        Guid auditId, AuditDraft request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.FindAsync([auditId], cancellationToken);
        if (audit is null || !audit.IsVisibleTo(caller))
        {
            return TypedResults.NotFound();
        }

        audit.Revise(request.Answers ?? new AuditAnswers(), request.IsPrivate, caller, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AuditView.From(audit, clock.TodayInEngland()));
    }

    public static async Task<Results<Ok<AuditView>, NotFound>> SignOffAudit(
        Guid auditId, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.FindAsync([auditId], cancellationToken);
        if (audit is null || !audit.IsVisibleTo(caller))
        {
            return TypedResults.NotFound();
        }

        audit.SignOff(caller, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AuditView.From(audit, clock.TodayInEngland()));
    }

    /// <summary>
    /// The audit, its ProviderAuditCompleted event and its re-audit reminder commit together; an incomplete audit answers
    /// 422 listing what is missing.
    /// </summary>
    public static async Task<Results<Ok<AuditView>, NotFound, ProblemHttpResult>> CompleteAudit(
        Guid auditId, Caller caller, DirectoryDbContext db, TimeProvider clock, IOptions<AuditOptions> options, AuditRenewal renewal,
        CancellationToken cancellationToken)
    {
        var audit = await db.Audits.FindAsync([auditId], cancellationToken);
        var provider = audit is null ? null : await db.Providers.FindAsync([audit.ProviderId], cancellationToken);
        if (audit is null || provider is null || !audit.IsVisibleTo(caller))
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var missing = audit.Complete(provider.IsRegistered, caller, now, options.Value.ValidFor);
        if (missing.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(missing)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Detail = "The audit cannot be completed until every item listed is answered.",
            });
        }

        db.AddIntegrationEvent(ProviderEvents.AuditCompleted(audit, now));
        await renewal.PlanAsync(audit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AuditView.From(audit, clock.TodayInEngland()));
    }
}
