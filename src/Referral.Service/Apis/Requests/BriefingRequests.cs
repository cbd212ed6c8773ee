using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Briefings;

namespace APPlatform.Referrals.Apis.Requests;

/// <summary>A part of the pupil summary the school chooses to share with the provider.</summary>
/// <param name="Summary">What the provider needs to know, up to 4,000 characters.</param>
/// <param name="WhatWorks">The strategies that work with the pupil, up to 4,000 characters.</param>
/// <param name="LawfulBasis">
/// Why the school may share it; SEND, medical and safeguarding parts need an Art. 9 condition (not public_task).
/// </param>
public sealed record ShareBriefingRequest(
    [property: Required, StringLength(4000, MinimumLength = 1)] string Summary,
    [property: StringLength(4000)] string? WhatWorks,
    [property: Required] LawfulBasis? LawfulBasis);
