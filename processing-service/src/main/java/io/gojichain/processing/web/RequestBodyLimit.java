package io.gojichain.processing.web;

import io.gojichain.processing.ProcessingProperties;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Limits request bodies to {@code goji.limits.max-body-bytes}. A declared Content-Length over the
 * limit is refused before reading; a chunked body is counted while Jackson reads it, so neither
 * kind can make the service buffer more than the limit. Runs inside the DispatcherServlet, so the
 * 413 comes out of {@link ProblemDetailsAdvice} like every other error.
 */
@ControllerAdvice
class RequestBodyLimit extends RequestBodyAdviceAdapter {

    private final long maxBodyBytes;

    RequestBodyLimit(ProcessingProperties properties) {
        this.maxBodyBytes = properties.limits().maxBodyBytes();
    }

    @Override
    public boolean supports(
            MethodParameter methodParameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        long declared = inputMessage.getHeaders().getContentLength();
        if (declared > this.maxBodyBytes) {
            throw tooLarge();
        }
        InputStream limited = new LimitedInputStream(inputMessage.getBody(), this.maxBodyBytes);
        HttpHeaders headers = inputMessage.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return limited;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("request body is larger than " + this.maxBodyBytes + " bytes");
    }

    /** Fails as soon as more than the limit has been read. */
    private final class LimitedInputStream extends FilterInputStream {

        private final long limit;

        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            this.count += n;
            if (this.count > this.limit) {
                throw tooLarge();
            }
        }
    }
}
