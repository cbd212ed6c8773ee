using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Referrals;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>The referral from draft to a planned placement: chronology first, decisions, plan, the parents' agreement.</summary>
public sealed class ReferralTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task AReferralToAProviderTheDirectoryHasNeverHeardOfIsRefused()
    {
        var response = await service.As(Journey.NewSchool()).PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(Guid.NewGuid()));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("proposal.providerId", problem.Errors.Keys);
    }

    [Fact]
    public async Task AReferralAnAdminMakesForASchoolBelongsToThatSchoolItsTrustAndItsLocalAuthority()
    {
        var provider = await service.ProviderAsync();
        var school = Journey.NewSchool();
        var body = With(ReferralBodies.Referral(provider), ("schoolId", school.OrganisationId), ("trustId", school.TrustId), ("localAuthorityId", school.LocalAuthorityId));

        var admin = service.As(TestCaller.PlatformAdmin());
        admin.DefaultRequestHeaders.Add(AccessReason.HeaderName, "Referral made for the school at its request");

        var id = await service.CreatedIdAsync(await admin.PostAsJsonAsync("/api/referrals", body));

        foreach (var reader in new[] { school, TestCaller.Trust(school.TrustId), TestCaller.LocalAuthority(school.LocalAuthorityId) })
        {
            Assert.Equal(HttpStatusCode.OK, (await service.As(reader).GetAsync($"/api/referrals/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task ASchoolCannotFileAReferralUnderAnotherTrustOrLocalAuthority()
    {
        var provider = await service.ProviderAsync();
        var school = Journey.NewSchool();

        var response = await service.As(school).PostAsJsonAsync("/api/referrals", With(ReferralBodies.Referral(provider), ("trustId", Guid.NewGuid())));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("schoolId", problem.Errors.Keys);
    }

    [Fact]
    public async Task ASchoolCannotMakeItsLocalAuthorityTheCommissionerOfAPlacement()
    {
        var provider = await service.ProviderAsync();
        var journey = await (await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync()).ApproveAsync()).PlanAndAgreeAsync();

        var response = await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/placement",
            ReferralBodies.Placement("local_authority_section19", "la_arranged", soleProvision: false));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Contains("Only the local authority commissions", problem.Detail);
        Assert.Equal(0, await service.WithDbAsync(db => db.Placements.CountAsync(p => p.SchoolId == journey.School.OrganisationId)));
    }

    [Fact]
    public async Task ThePlacementKeepsToTheRouteTheReferralTookSoAnOffSiteDirectionCannotSkipItsNoticeNorConsentBeSkipped()
    {
        var provider = await service.ProviderAsync(registered: true);
        var direction = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync(ReferralBodies.Referral(provider, reason: "off_site_direction"))).ApproveAsync();
        var consent = await (await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync()).ApproveAsync()).PlanAndAgreeAsync();

        var directionAsArranged = await direction.Client.PostAsJsonAsync($"/api/referrals/{direction.ReferralId}/placement", ReferralBodies.Placement("school_arranged"));
        var consentAsDirection = await consent.Client.PostAsJsonAsync($"/api/referrals/{consent.ReferralId}/placement", ReferralBodies.Placement("off_site_direction"));
        var directionByTheLa = await direction.Client.PostAsJsonAsync($"/api/referrals/{direction.ReferralId}/placement",
            ReferralBodies.Placement("off_site_direction", commissionerType: "local_authority"));

        Assert.Contains("its placement's legal basis is off_site_direction", (await ProblemAssert.HasStatus(directionAsArranged, HttpStatusCode.UnprocessableEntity)).Detail);
        Assert.Contains("needs a referral made as an off-site direction", (await ProblemAssert.HasStatus(consentAsDirection, HttpStatusCode.UnprocessableEntity)).Detail);
        Assert.Contains("commissionerType", (await ProblemAssert.HasStatus(directionByTheLa, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(0, await service.WithDbAsync(db => db.Placements.CountAsync(p => p.ReferralId == direction.ReferralId || p.ReferralId == consent.ReferralId)));
    }

    [Fact]
    public async Task TheSchoolExportsEverythingHeldAboutItsPupilAndAnotherSchoolGetsNothing()
    {
        var provider = await service.ProviderAsync();
        var journey = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync()).ApproveAsync();
        var pupilId = await service.WithDbAsync(db => db.Referrals.Where(r => r.Id == journey.ReferralId).Select(r => r.PupilId).SingleAsync());
        var path = $"/api/referrals/pupils/{pupilId}/subject-access";

        var export = await journey.Client.GetFromJsonAsync<JsonElement>(path);

        Assert.Equal("Jordan", export.GetProperty("pupil").GetProperty("firstName").GetString());
        Assert.Equal(journey.ReferralId, export.GetProperty("referrals").EnumerateArray().Single().GetProperty("id").GetGuid());
        await ProblemAssert.HasStatus(await service.As(Journey.NewSchool()).GetAsync(path), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(TestCaller.Provider(provider)).GetAsync(path), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ATokenWithoutTheReferralsScopeIsRefusedByTheServiceItself()
    {
        var school = TestCaller.School();

        var referrals = await service.As(school.Without("referrals")).GetAsync("/api/referrals");
        var placements = await service.As(school.Without("referrals")).GetAsync($"/api/placements/{Guid.NewGuid()}");

        await ProblemAssert.HasStatus(referrals, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(placements, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASchoolsReferralIsCreatedAndReadBackWithItsPupilAndProposal()
    {
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();

        var referral = await journey.Client.GetFromJsonAsync<JsonElement>($"/api/referrals/{journey.ReferralId}");

        Assert.Equal("draft", referral.GetProperty("status").GetString());
        Assert.Equal("Jordan", referral.GetProperty("pupil").GetProperty("firstName").GetString());
        Assert.Equal("sen_support", referral.GetProperty("pupil").GetProperty("sen").GetString());
        Assert.Equal(9m, referral.GetProperty("hoursPerWeek").GetDecimal());
        Assert.Equal(provider, referral.GetProperty("proposal").GetProperty("providerId").GetGuid());
        Assert.Equal("AM", referral.GetProperty("proposal").GetProperty("timetable")[0].GetProperty("session").GetString());
        Assert.Single(referral.GetProperty("chronology").EnumerateArray());
    }

    [Fact]
    public async Task ASecondReferralOfTheSamePupilKeepsOnePupilRecord()
    {
        var provider = await service.ProviderAsync();
        var school = Journey.NewSchool();
        var upn = ReferralBodies.NewUpn();

        var first = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn)));
        var second = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn, lookedAfter: true)));

        var pupils = await service.WithDbAsync(db => db.Pupils.Where(p => p.SchoolId == school.OrganisationId).ToListAsync());
        var pupil = Assert.Single(pupils);
        Assert.True(pupil.IsLookedAfter);
        Assert.NotEqual(first.ReferralId, second.ReferralId);
    }

    [Fact]
    public async Task AReferralCannotBeSubmittedWithoutTheChronologyOfWhatWasTriedAndItsImpact()
    {
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync(ReferralBodies.Referral(provider, withChronology: false));

        var refused = await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null);

        var problem = await ProblemAssert.HasStatus(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("chronology", problem.Detail);
        var added = await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/chronology",
            new { on = "2026-10-01", kind = "external_agency", description = "Referral to CAMHS", impact = "Assessed; on waiting list." });
        await ReferralService.OkAsync(added);
        var submitted = await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SubmittingPublishesReferralSubmittedOverRabbitMq()
    {
        var heard = await service.Bus.SubscribeAsync<ReferralSubmitted>();
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();

        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var events = await Eventually.Until(() => Task.FromResult(heard.Where(e => e.Message.ReferralId == journey.ReferralId).ToList()), e => e.Count > 0, because: "ReferralSubmitted");
        Assert.Equal(journey.School.OrganisationId, events.Single().Message.SchoolId);
    }

    /// <summary>The trust's own policy reaches the decision; every rule and threshold is in TrustApprovalTests (in memory).</summary>
    [Fact]
    public async Task TheTrustDecidesAfterTheHeadteacherWhenItsPolicyAsks()
    {
        var school = Journey.NewSchool();
        var trust = service.As(TestCaller.Trust(school.TrustId));
        await ReferralService.OkAsync(await trust.PutAsJsonAsync("/api/referrals/trust-policy",
            new { approval = "above_cost", approvalCostPerWeek = 500, maxUnregisteredHoursPerWeek = 15 }));
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, cost: 600));
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var decided = await ReferralService.OkAsync(await journey.HeadteacherAsync(approved: true));
        var approved = await ReferralService.OkAsync(await journey.TrustAsync(approved: true));

        Assert.Equal("awaiting_trust_approval", decided.GetProperty("status").GetString());
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(["headteacher", "trust"], approved.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("stage").GetString()));
        Assert.Equal("Alex Lead", approved.GetProperty("apLead").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheHeadteacherCanAskForMoreAndTheSchoolSubmitsAgain()
    {
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var asked = await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/information-request",
            new { reason = "Add the educational psychologist's advice to the chronology." }));
        await ProblemAssert.HasStatus(await journey.HeadteacherAsync(approved: true), HttpStatusCode.Conflict);
        var again = await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        Assert.Equal("information_requested", asked.GetProperty("status").GetString());
        Assert.Equal("Add the educational psychologist's advice to the chronology.", asked.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());
        Assert.Equal("submitted", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnotherTrustCannotDecideAndTheHeadteacherMustNameTheApLead()
    {
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var noLead = await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision", new { approved = true, decidedBy = "Dr A Head" });
        await ProblemAssert.HasStatus(noLead, HttpStatusCode.UnprocessableEntity);
        await ReferralService.OkAsync(await journey.HeadteacherAsync(approved: true));
        var otherTrust = await service.As(TestCaller.Trust()).PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/trust-decision", new { approved = true, decidedBy = "Someone else" });
        await ProblemAssert.HasStatus(otherTrust, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASignedInHeadteacherDecidesInTheirOwnNameAndNoOtherStaffMemberCan()
    {
        var provider = await service.ProviderAsync(registered: true);
        var school = Journey.NewSchool();
        var journey = await new Journey(service, school, provider).ReferAsync();
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));
        var decision = new { approved = true, apLead = new { name = "Alex Lead", role = "AP lead" } };
        var headteacher = school.AsPerson("Dr Sam Head", "headteacher");

        var byApLead = await service.As(school.AsPerson("Alex Lead", "ap_lead")).PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision", decision);
        var inAnotherName = await service.As(headteacher).PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision",
            new { approved = true, decidedBy = "Someone Else", apLead = new { name = "Alex Lead", role = "AP lead" } });
        var bySystemWithoutName = await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision", decision);
        var decided = await ReferralService.OkAsync(await service.As(headteacher).PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision", decision));

        await ProblemAssert.HasStatus(byApLead, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await service.As(school.AsPerson("Sam Senco", "senco")).PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(provider)),
            HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(inAnotherName, HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.HasStatus(bySystemWithoutName, HttpStatusCode.UnprocessableEntity);
        var approval = decided.GetProperty("approvals").EnumerateArray().Single();
        Assert.Equal("Dr Sam Head", approval.GetProperty("decidedBy").GetString());
        Assert.Equal(headteacher.Person!.Id, approval.GetProperty("decidedByPersonId").GetGuid());
        Assert.Equal("Dr Sam Head", decided.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
    }

    [Fact]
    public async Task ASystemRecordsTheDeciderItNamesAndTheRecordSaysWhichClientDidAndTheTrustNeedsItsApLeadOrAnExecutive()
    {
        var school = Journey.NewSchool();
        var trust = service.As(TestCaller.Trust(school.TrustId));
        await ReferralService.OkAsync(await trust.PutAsJsonAsync("/api/referrals/trust-policy",
            new { approval = "always", approvalCostPerWeek = 500, maxUnregisteredHoursPerWeek = 15 }));
        var journey = await new Journey(service, school, await service.ProviderAsync(registered: true)).ReferAsync();
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var byHeadteacher = await ReferralService.OkAsync(await journey.HeadteacherAsync(approved: true));
        var trustDecision = $"/api/referrals/{journey.ReferralId}/trust-decision";
        var byTrustStaff = await service.As(TestCaller.Trust(school.TrustId).AsPerson("Pat Finance", "administrator")).PostAsJsonAsync(trustDecision, new { approved = true });
        var byExecutive = await ReferralService.OkAsync(await service.As(TestCaller.Trust(school.TrustId).AsPerson("Jo Executive", "executive"))
            .PostAsJsonAsync(trustDecision, new { approved = true }));

        var headteachers = byHeadteacher.GetProperty("approvals").EnumerateArray().Single();
        Assert.Equal(school.ClientId, headteachers.GetProperty("recordedByClient").GetString());
        Assert.Equal(school.ClientId, byHeadteacher.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
        await ProblemAssert.HasStatus(byTrustStaff, HttpStatusCode.Forbidden);
        Assert.Equal("Jo Executive", byExecutive.GetProperty("approvals").EnumerateArray().Last().GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task AParentsRefusalGoesOnTheChronologyAndStopsThePlacementUnlessItIsAnOffSiteDirection()
    {
        var provider = await service.ProviderAsync(registered: true);
        var consent = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync()).ApproveAsync();
        var direction = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync(ReferralBodies.Referral(provider, reason: "off_site_direction"))).ApproveAsync();

        foreach (var journey in new[] { consent, direction })
        {
            var refused = await ReferralService.OkAsync(await journey.AgreementAsync(agreed: false));
            Assert.Equal("parent_refused", refused.GetProperty("status").GetString());
            Assert.Contains(refused.GetProperty("chronology").EnumerateArray(), e => e.GetProperty("kind").GetString() == "parent_refusal");
        }

        var blocked = await consent.Client.PostAsJsonAsync($"/api/referrals/{consent.ReferralId}/placement", new
        {
            legalBasis = "school_arranged", registrationMode = "approved_activity", address = "1 Road", isSoleProvision = false,
            personResponsible = new { name = "M", role = "Manager" }, pastoralContact = new { name = "P", role = "Tutor" },
        });
        await ProblemAssert.HasStatus(blocked, HttpStatusCode.Conflict);
        await direction.PlanPlacementAsync(legalBasis: "off_site_direction");
        Assert.NotEqual(Guid.Empty, direction.PlacementId);
    }

    [Fact]
    public async Task TheAgreementIsReviewedAtLeastTermly()
    {
        var provider = await service.ProviderAsync(registered: true);
        var journey = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync()).ApproveAsync();

        var tooRare = await journey.AgreementAsync(agreed: true, reviewEveryWeeks: 20);

        var problem = await ProblemAssert.HasStatus(tooRare, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("termly", problem.Detail);
    }

    [Fact]
    public async Task PlanningAPlacementTellsItsLocalAuthorityBeforeItStarts()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, school, provider).ReferAsync();
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();

        await journey.PlanPlacementAsync(registrationMode: "dual");

        var planned = Assert.Single(await service.QueuedEventsAsync<PlacementPlanned>(), e => e.PlacementId == journey.PlacementId);
        Assert.Equal((journey.ReferralId, school.OrganisationId, school.LocalAuthorityId, provider, "dual"),
            (planned.ReferralId, planned.SchoolId, planned.LocalAuthorityId, planned.ProposedProviderId, planned.RegistrationMode));
        var placement = await journey.Client.GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}");
        Assert.Equal(placement.GetProperty("startDate").GetString(), planned.StartDate.ToString("yyyy-MM-dd"));
        Assert.DoesNotContain(await service.QueuedEventsAsync<PlacementStarted>(), e => e.Placement.PlacementId == journey.PlacementId);
    }

    [Fact]
    public async Task AReferralIsWithdrawnAtAnyTimeBeforeTheStartCancellingItsPlannedPlacementAndTheLocalAuthorityHears()
    {
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReadyAsync();

        var withdrawn = await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/withdraw", new { reason = "Family moved away." }));

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        var placement = await journey.Client.GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}");
        Assert.Equal("ended", placement.GetProperty("status").GetString());
        Assert.Equal("cancelled", placement.GetProperty("endReason").GetString());
        var cancelled = Assert.Single(await service.QueuedEventsAsync<PlacementPlanCancelled>(), e => e.PlacementId == journey.PlacementId);
        Assert.Equal((journey.ReferralId, provider), (cancelled.ReferralId, cancelled.ProposedProviderId));
        await ProblemAssert.HasStatus(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnlyTheSchoolItsTrustAndItsLocalAuthoritySeeAReferral()
    {
        var provider = await service.ProviderAsync();
        var school = Journey.NewSchool();
        var journey = await new Journey(service, school, provider).ReferAsync();
        var path = $"/api/referrals/{journey.ReferralId}";

        Assert.Equal(HttpStatusCode.OK, (await service.As(TestCaller.Trust(school.TrustId)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.As(TestCaller.LocalAuthority(school.LocalAuthorityId)).GetAsync(path)).StatusCode);
        foreach (var stranger in new[] { Journey.NewSchool(), TestCaller.Trust(), TestCaller.LocalAuthority(), TestCaller.Provider(provider) })
        {
            await ProblemAssert.HasStatus(await service.As(stranger).GetAsync(path), HttpStatusCode.NotFound);
        }

        await ProblemAssert.HasStatus(await service.As(TestCaller.Trust(school.TrustId)).PostAsync($"{path}/submit", null), HttpStatusCode.NotFound);
        var list = await service.As(Journey.NewSchool()).GetFromJsonAsync<JsonElement>("/api/referrals");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AReferralsLineInTheListNamesThePlacementPlannedFromIt()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var journey = await new Journey(service, school, provider).ReadyAsync(ReferralBodies.Referral(provider));

        var line = (await journey.Client.GetFromJsonAsync<JsonElement>("/api/referrals")).GetProperty("items").EnumerateArray()
            .Single(item => item.GetProperty("id").GetGuid() == journey.ReferralId);

        Assert.Equal(journey.PlacementId, line.GetProperty("placementId").GetGuid());
    }

    [Fact]
    public async Task AProviderCannotStartAReferral()
    {
        var response = await service.As(TestCaller.Provider()).PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(Guid.NewGuid()));

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    /// <summary>Each field's rule is ReferralInputValidationTests (in memory); here a top-level and a nested field reach the client.</summary>
    [Theory]
    [InlineData("reasons", null)]
    [InlineData("timetable", "saturday")]
    public async Task BadInputIsRefusedNamingTheFieldAndNothingIsWritten(string field, string? value)
    {
        var school = Journey.NewSchool();
        var body = JsonSerializer.SerializeToNode(ReferralBodies.Referral(Guid.NewGuid()))!;
        switch (field)
        {
            case "reasons": body["reasons"] = new System.Text.Json.Nodes.JsonArray(); break;
            case "timetable": body["proposal"]!["timetable"]![0]!["day"] = value; break;
        }

        var response = await service.As(school).PostAsJsonAsync("/api/referrals", body);

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors.Keys, key => key.Contains(field, StringComparison.OrdinalIgnoreCase) || (field == "timetable" && key.Contains("day", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(0, await service.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchoolId == school.OrganisationId)));
    }

    [Fact]
    public async Task ARetriedCreateWithTheSameIdempotencyKeyMakesOneReferral()
    {
        var school = Journey.NewSchool();
        var body = ReferralBodies.Referral(await service.ProviderAsync());
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", "referral-once" } } };

        var first = await service.As(school).SendAsync(Request());
        var retry = await service.As(school).SendAsync(Request());

        Assert.Equal(await service.CreatedIdAsync(first), await service.CreatedIdAsync(retry));
        Assert.Equal(1, await service.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchoolId == school.OrganisationId)));
    }

    private static System.Text.Json.Nodes.JsonNode With(object body, params (string Name, Guid? Value)[] fields)
    {
        var node = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!;
        foreach (var (name, value) in fields)
        {
            node[name] = value;
        }

        return node;
    }
}
