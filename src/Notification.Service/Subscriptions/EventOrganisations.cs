using System.Collections.Concurrent;
using System.Reflection;
using APPlatform.Contracts;
using APPlatform.Contracts.Placements;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Notifications.Subscriptions;

/// <summary>
/// The organisations an event is about: the school, trust, provider, local authority and commissioner it names
/// (directly or in its placement). A subscriber hears only of events that name its own organisation; for a local
/// authority that is every event in its area, since events name the LA of the pupil's school.
/// </summary>
public static class EventOrganisations
{
    /// <summary>Each property that names an organisation, and the kinds of organisation it may name.</summary>
    private static readonly Dictionary<string, OrganisationType[]> Kinds = new()
    {
        ["SchoolId"] = [OrganisationType.School],
        ["TrustId"] = [OrganisationType.Trust],
        ["ProviderId"] = [OrganisationType.Provider],
        ["LocalAuthorityId"] = [OrganisationType.LocalAuthority],
        ["CommissionerId"] = [OrganisationType.School, OrganisationType.LocalAuthority],
    };

    private static readonly string[] Names = [.. Kinds.Keys];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IReadOnlySet<Guid> Of(IIntegrationEvent @event)
    {
        var organisations = new HashSet<Guid>();
        Collect(@event, organisations);
        if (@event.GetType().GetProperty(nameof(PlacementStarted.Placement))?.GetValue(@event) is PlacementDetails placement)
        {
            Collect(placement, organisations);
        }

        return organisations;
    }

    /// <summary>
    /// The kinds of organisation an event of this type can ever name: a subscriber of any other kind would never
    /// receive one.
    /// </summary>
    public static IReadOnlySet<OrganisationType> KindsNamedBy(Type eventType)
    {
        var types = eventType.GetProperty(nameof(PlacementStarted.Placement))?.PropertyType == typeof(PlacementDetails)
            ? new[] { eventType, typeof(PlacementDetails) }
            : [eventType];
        return types.SelectMany(type => Properties.GetOrAdd(type, OrganisationProperties))
            .SelectMany(property => Kinds[property.Name.TrimEnd('s')]).ToHashSet();
    }

    private static void Collect(object source, HashSet<Guid> organisations)
    {
        foreach (var property in Properties.GetOrAdd(source.GetType(), OrganisationProperties))
        {
            switch (property.GetValue(source))
            {
                case Guid id:
                    organisations.Add(id);
                    break;
                case IEnumerable<Guid> ids:
                    organisations.UnionWith(ids);
                    break;
            }
        }
    }

    /// <summary>Properties named for an organisation (SchoolId), or lists of them (SchoolIds); a null Guid? reads as no value.</summary>
    private static PropertyInfo[] OrganisationProperties(Type type) =>
        type.GetProperties().Where(p => Names.Contains(p.Name) || Names.Any(name => p.Name == name + "s")).ToArray();
}
