package io.gojichain.boot.web;

import io.gojichain.boot.ingest.IngestProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits request bodies to {@code goji.limits.max-body-bytes}. A declared Content-Length over the limit fails on the
 * first read; a chunked body (no length) fails as soon as the bytes read pass the limit, so the parser never holds
 * more than the limit. The failure is a {@link PayloadTooLargeException} that surfaces through the message converter
 * and is answered 413 by {@link ProblemDetailsAdvice}, like every other error.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    public BodySizeLimitFilter(IngestProperties properties) {
        this.maxBodyBytes = properties.limits().maxBodyBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new LimitedRequest(request, this.maxBodyBytes), response);
    }

    static String tooLarge(long maxBodyBytes) {
        return "Request body is larger than " + maxBodyBytes + " bytes.";
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBodyBytes;

        private @Nullable LimitedInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBodyBytes) {
            super(request);
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (this.stream == null) {
                this.stream = new LimitedInputStream(
                        super.getInputStream(), getContentLengthLong() > this.maxBodyBytes, this.maxBodyBytes);
            }
            return this.stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            // The container's own reader would bypass the limited stream.
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final boolean declaredTooLarge;

        private final long maxBodyBytes;

        private long count;

        LimitedInputStream(ServletInputStream delegate, boolean declaredTooLarge, long maxBodyBytes) {
            this.delegate = delegate;
            this.declaredTooLarge = declaredTooLarge;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public int read() throws IOException {
            checkDeclared();
            int b = this.delegate.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkDeclared();
            int n = this.delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void checkDeclared() throws PayloadTooLargeException {
            if (this.declaredTooLarge) {
                throw new PayloadTooLargeException(tooLarge(this.maxBodyBytes));
            }
        }

        private void count(int n) throws PayloadTooLargeException {
            this.count += n;
            if (this.count > this.maxBodyBytes) {
                throw new PayloadTooLargeException(tooLarge(this.maxBodyBytes));
            }
        }

        @Override
        public boolean isFinished() {
            return this.delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return this.delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            this.delegate.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return this.delegate.available();
        }

        @Override
        public void close() throws IOException {
            this.delegate.close();
        }
    }
}
