namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// Records the caller's reads and changes of pupils' records. Both refuse a platform admin's access without a reason
/// (a 400 problem), before anything is logged, saved or answered.
/// </summary>
public interface IAccessLog
{
    /// <summary>
    /// Call once the records are found and the caller is allowed them, before answering: their lines are saved at once,
    /// so a read is logged even if the response never reaches the caller.
    /// </summary>
    Task ReadAsync(IEnumerable<AccessedRecord> records, CancellationToken cancellationToken);

    /// <summary>
    /// Call before the change's SaveChanges: the line is added to the service's DbContext and commits with the change,
    /// or not at all.
    /// </summary>
    void Change(AccessedRecord record);

    /// <summary>
    /// For many changed records at once (a class register): call inside the change's transaction; the lines are
    /// inserted at once, in one statement, and commit with the change or not at all.
    /// </summary>
    Task ChangedAsync(IReadOnlyCollection<AccessedRecord> records, CancellationToken cancellationToken);
}

public static class AccessLogExtensions
{
    public static Task ReadAsync(this IAccessLog log, AccessedRecord record, CancellationToken cancellationToken) =>
        log.ReadAsync([record], cancellationToken);
}
