namespace APPlatform.Web.Pages.Placements;

/// <summary>How the parts of what the provider is told, and their lawful bases, read on the pages.</summary>
public static class BriefingDisplay
{
    /// <summary>The parts in the order the pages give them, as the service names them.</summary>
    public static readonly IReadOnlyList<string> Topics = ["send", "medical", "safeguarding", "risk_assessment"];

    /// <summary>The bases the school may give, as the service names them, with what each means.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, string Hint)> LawfulBases =
    [
        ("statutory_purpose", "The school's legal duties", "SEND and medical needs: UK GDPR Art. 6(1)(e) and 9(2)(g), DPA 2018 Sch. 1 para 6"),
        ("safeguarding_children", "Safeguarding children", "UK GDPR Art. 6(1)(e) and 9(2)(g), DPA 2018 Sch. 1 para 18"),
        ("explicit_consent", "The parent's or pupil's explicit consent", "UK GDPR Art. 6(1)(a) and 9(2)(a)"),
        ("public_task", "Public task only", "UK GDPR Art. 6(1)(e): not for SEND, medical or safeguarding information"),
    ];

    public static string Title(string topic) => topic switch
    {
        "send" => "Special educational needs and disabilities",
        "medical" => "Medical needs",
        "safeguarding" => "Safeguarding",
        _ => "Risk assessment",
    };

    public static string Hint(string topic) => topic switch
    {
        "send" => "SEN support or the EHC plan's needs, and what the provider should do (shared by the SENCO)",
        "medical" => "Conditions, medication and care the provider must know",
        "safeguarding" => "The DSL's summary, with the social worker's contact where there is one",
        _ => "The pupil's own risks and how they are managed",
    };

    public static string Basis(string basis) => LawfulBases.FirstOrDefault(b => b.Value == basis).Label ?? basis;
}
