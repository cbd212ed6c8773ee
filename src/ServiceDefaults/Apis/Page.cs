using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Apis;

/// <summary>One page of a list, and how many items the whole list holds: {"items": [...], "total": n}.</summary>
/// <param name="Items">The items on this page, in the list's order.</param>
/// <param name="Total">How many items the whole list holds, across all pages.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total)
{
    /// <summary>The same page with each item shown another way (a record as its API view).</summary>
    public Page<TView> Select<TView>(Func<T, TView> view) => new(Items.Select(view).ToList(), Total);
}

public static class PageExtensions
{
    /// <summary>Page <paramref name="page"/> (from 1) of an ordered query, with the count of the whole query.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken) =>
        new(await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken), await ordered.CountAsync(cancellationToken));
}
