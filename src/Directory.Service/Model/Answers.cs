namespace APPlatform.ProviderDirectory.Model;

/// <summary>"Please state yes, no or n/a" (Appendix 1).</summary>
public enum YesNoNotApplicable
{
    Yes,
    No,
    NotApplicable,
}

public enum Delivery
{
    InPerson,
    Online,
    Blended,
}
