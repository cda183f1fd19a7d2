package dev.crossway.directory.domain;

import dev.crossway.interop.id.RandomUuids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One synchronisation of the directory, kept as a visible record of progress: pages and
 * organizations done, the first errors met, and for a URL run the {@code _start} offset of the
 * next page, which is where a failed run resumes. Only the first {@value #MAX_ERRORS} errors are
 * kept; {@code errorCount} counts them all.
 */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    public static final int MAX_ERRORS = 100;

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private SyncKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private SyncStatus status;
    @Column(name = "source_url", length = 1000)
    private String sourceUrl;
    @Column(name = "page_size", nullable = false)
    private int pageSize;
    @Column(name = "pages", nullable = false)
    private int pages;
    @Column(name = "organizations", nullable = false)
    private int organizations;
    @Column(name = "next_start", nullable = false)
    private int nextStart;
    @Column(name = "total_expected")
    private Integer totalExpected;
    @Column(name = "error_count", nullable = false)
    private int errorCount;
    @Column(name = "started", nullable = false)
    private Instant started;
    @Column(name = "finished")
    private Instant finished;

    @ElementCollection
    @CollectionTable(name = "sync_run_error", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    @Column(name = "message", length = 1000, nullable = false)
    private List<String> errors = new ArrayList<>();

    protected SyncRun() {
    }

    private SyncRun(SyncKind kind, String sourceUrl, int pageSize, Instant now) {
        this.id = RandomUuids.next().toString();
        this.kind = kind;
        this.status = SyncStatus.RUNNING;
        this.sourceUrl = sourceUrl;
        this.pageSize = pageSize;
        this.started = now;
    }

    public static SyncRun fromUrl(String baseUrl, int pageSize, Instant now) {
        return new SyncRun(SyncKind.URL, Objects.requireNonNull(baseUrl), pageSize, now);
    }

    public static SyncRun upload(String description, Instant now) {
        return new SyncRun(SyncKind.UPLOAD, description, 0, now);
    }

    /** A page was stored: counts advance and the resume point moves past it. */
    public void pageDone(int organizationsInPage, int nextStart, Integer total) {
        pages++;
        organizations += organizationsInPage;
        this.nextStart = nextStart;
        if (total != null) {
            totalExpected = total;
        }
    }

    public void recordError(String message) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            String m = message == null ? "error" : message;
            errors.add(m.length() > 1000 ? m.substring(0, 1000) : m);
        }
    }

    public void complete(Instant now) {
        status = SyncStatus.COMPLETED;
        finished = now;
    }

    public void fail(String message, Instant now) {
        recordError(message);
        status = SyncStatus.FAILED;
        finished = now;
    }

    /** Only a failed URL run can go on, from its saved offset, under the same id. */
    public void resume() {
        if (kind != SyncKind.URL || status != SyncStatus.FAILED) {
            throw new IllegalStateException("only a failed URL run can be resumed; run " + id + " is " + kind + " " + status);
        }
        status = SyncStatus.RUNNING;
        finished = null;
    }

    public String id() { return id; }
    public SyncKind kind() { return kind; }
    public SyncStatus status() { return status; }
    public String sourceUrl() { return sourceUrl; }
    public int pageSize() { return pageSize; }
    public int pages() { return pages; }
    public int organizations() { return organizations; }
    public int nextStart() { return nextStart; }
    public Integer totalExpected() { return totalExpected; }
    public int errorCount() { return errorCount; }
    public List<String> errors() { return List.copyOf(errors); }
    public Instant started() { return started; }
    public Instant finished() { return finished; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncRun r && Objects.equals(id, r.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
