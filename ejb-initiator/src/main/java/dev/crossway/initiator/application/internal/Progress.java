package dev.crossway.initiator.application.internal;

/**
 * A patient query's progress in percent: discovery is the first 30, document queries the next
 * 30, retrieval the last 40; never goes backwards.
 */
final class Progress {

    private final int communities;
    private int discovered;
    private int matched;
    private int listed;
    private int toRetrieve;
    private int retrieved;
    private int last;

    Progress(int communities) {
        this.communities = communities;
    }

    synchronized void discovered(boolean noMatch) {
        discovered++;
        if (!noMatch) {
            matched++;
        }
    }

    /** A community counted as discovered through a stored link is asked again: it counts once, when answered. */
    synchronized void askedAgain(boolean hadMatch) {
        discovered--;
        if (hadMatch) {
            matched--;
        }
    }

    synchronized void listed(int documents) {
        listed++;
        toRetrieve += documents;
    }

    synchronized void retrievedOne() {
        retrieved++;
    }

    synchronized int percent() {
        double p = communities == 0 ? 30 : 30.0 * discovered / communities;
        if (discovered == communities) {
            p += matched == 0 ? 70 : 30.0 * listed / matched;
            if (matched > 0 && listed == matched) {
                p += toRetrieve == 0 ? 40 : 40.0 * retrieved / toRetrieve;
            }
        }
        last = Math.max(last, (int) Math.min(99, p));
        return last;
    }
}
