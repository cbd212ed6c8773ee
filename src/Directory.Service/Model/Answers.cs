namespace APPlatform.ProviderDirectory.Model;

/// <summary>An Appendix 1 answer: yes, no, or not_applicable (n/a).</summary>
public enum YesNoNotApplicable
{
    Yes,
    No,
    NotApplicable,
}

/// <summary>How a provider teaches: in_person (on its sites), online (remotely), blended (both).</summary>
public enum Delivery
{
    InPerson,
    Online,
    Blended,
}
