namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Does the work of one kind of deadline when it falls due, with the service's scoped DbContext: whatever it changes,
/// and the events it queues in the outbox, commit with the deadline marked done. If it throws, nothing commits and the
/// deadline is tried again later.
/// </summary>
public interface IDeadlineHandler
{
    string Kind { get; }

    /// <summary>
    /// The longest a handler that <see cref="ActsOutsideTheDatabase"/> may take (its calls' timeouts), so that its
    /// deadline's lease outlasts it.
    /// </summary>
    static readonly TimeSpan LongestRun = TimeSpan.FromSeconds(20);

    /// <summary>
    /// True for a handler whose work cannot be undone by a rollback (it sends an email or calls a webhook). If the
    /// database connection is lost after such work, the scanner records the outcome once the database is back
    /// instead of running the handler again, which would repeat the work. Such a handler must finish within
    /// <see cref="LongestRun"/>.
    /// </summary>
    bool ActsOutsideTheDatabase => false;

    Task HandleAsync(Deadline deadline, CancellationToken cancellationToken);
}
