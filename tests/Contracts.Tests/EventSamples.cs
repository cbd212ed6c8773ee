using System.Collections;
using System.Reflection;

namespace APPlatform.Contracts.Tests;

/// <summary>
/// An instance of any contract with every property set, each to a value of its own that is not its type's default (so a
/// property dropped or swapped on the way shows), built through the record's constructor.
/// </summary>
public static class EventSamples
{
    /// <summary>Every event type, by name, for theories (a failing case names its event).</summary>
    public static TheoryData<string> Names => new(IntegrationEventTypes.All.Select(type => type.Name).Order());

    public static Type TypeNamed(string name) => IntegrationEventTypes.All.Single(type => type.Name == name);

    public static IIntegrationEvent Of(string name) => (IIntegrationEvent)new Builder().Build(TypeNamed(name));

    /// <summary>Each value drawn from a counter, so no two properties of a sample are equal.</summary>
    private sealed class Builder
    {
        private int next;

        public object Build(Type type)
        {
            var n = ++next;
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type switch
            {
                _ when type == typeof(Guid) => new Guid(n, 0x7a1c, 0x4e2b, 0x9d, 0x31, 0x6f, 0x0a, 0x5c, 0x88, 0x21, 0x47),
                _ when type == typeof(string) => $"value-{n}",
                _ when type == typeof(bool) => true,
                _ when type == typeof(int) => n,
                _ when type == typeof(decimal) => n + 0.25m,
                _ when type == typeof(DateOnly) => new DateOnly(2026, 12, 1).AddDays(n),
                _ when type == typeof(TimeOnly) => new TimeOnly(9, 0).AddMinutes(n),
                // Ticks and an offset other than UTC, which a lossy format would drop.
                _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 2, 10, 15, 0, TimeSpan.FromHours(1)).AddTicks(n * 1_234_567),
                _ when type.IsEnum => Enum.GetValues(type).GetValue(1 + (n % (Enum.GetValues(type).Length - 1)))!,
                _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => List(type.GetGenericArguments()[0]),
                _ => Record(type),
            };
        }

        private IList List(Type item)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(Build(item));
            list.Add(Build(item));
            return list;
        }

        private object Record(Type type)
        {
            var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)
                ?? throw new InvalidOperationException($"{type.Name}: no public constructor to build a sample with.");
            return constructor.Invoke(constructor.GetParameters().Select(p => Build(p.ParameterType)).ToArray());
        }
    }

    /// <summary>The properties a contract's JSON carries: its public instance properties (a record's are its parameters).</summary>
    public static IEnumerable<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
}
