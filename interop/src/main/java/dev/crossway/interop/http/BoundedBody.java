package dev.crossway.interop.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that keeps at most {@code maxBytes}: a declared Content-Length above the limit
 * fails at once; otherwise bytes are counted as they arrive and the subscription is cancelled
 * (closing the connection) as soon as the limit is passed, so a huge answer is never buffered.
 * Used by every outbound SOAP call: the initiator's and the gateway-mode responder's.
 */
public final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {

    /** The answer was larger than allowed. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long max) {
            super("the answer is larger than " + max + " bytes: cut off");
        }
    }

    private final int maxBytes;

    public BoundedBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Counting(maxBytes, declared > maxBytes);
    }

    private static final class Counting implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final boolean refuse;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Counting(int max, boolean refuse) {
            this.max = max;
            this.refuse = refuse;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refuse) {
                s.cancel();
                result.completeExceptionally(new TooLargeException(max));
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(max));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
