using System.Collections.Concurrent;
using System.Reflection;
using APPlatform.Contracts;
using APPlatform.Contracts.Placements;

namespace APPlatform.Notifications.Subscriptions;

/// <summary>
/// The organisations an event is about: the school, trust, provider, local authority and commissioner it names
/// (directly or in its placement). A subscriber hears only of events that name its own organisation; for a local
/// authority that is every event in its area, since events name the LA of the pupil's school.
/// </summary>
public static class EventOrganisations
{
    private static readonly string[] Names = ["SchoolId", "TrustId", "ProviderId", "LocalAuthorityId", "CommissionerId"];
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
