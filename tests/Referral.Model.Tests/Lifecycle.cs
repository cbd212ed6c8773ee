using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>A lifecycle as a table: an action is allowed from some states, each leading to a status, and refused from any other.</summary>
internal static class Lifecycle
{
    /// <summary>
    /// Allowed from <paramref name="from"/>: <paramref name="act"/> leaves the record at its status in <paramref name="allowed"/>.
    /// Otherwise it is refused as a conflict (409) and <paramref name="state"/> is as it was.
    /// </summary>
    public static void AssertMove<TFrom, TStatus>(
        IReadOnlyDictionary<TFrom, TStatus> allowed, TFrom from, Action act, Func<TStatus> status, Func<object> state)
        where TFrom : notnull
    {
        if (allowed.TryGetValue(from, out var to))
        {
            act();
            Assert.Equal(to, status());
        }
        else
        {
            var before = state();
            Assert.Throws<StateConflictException>(act);
            Assert.Equal(before, state());
        }
    }
}
