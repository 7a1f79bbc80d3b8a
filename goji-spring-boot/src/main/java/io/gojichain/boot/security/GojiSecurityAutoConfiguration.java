package io.gojichain.boot.security;

import io.gojichain.boot.ingest.IngestEndpoints;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access for every service (docs/CONTRACT.md section 5): a stateless resource server taking API keys as opaque bearer
 * tokens ({@link ApiKeyIntrospector} over the {@link KeyFile}), the role each path needs, 401/403 as problem+json
 * ({@link SecurityProblems}) and the {@link Submitter} parameter for controllers. Before Boot's own security
 * configurations, which step aside for this filter chain.
 */
@AutoConfiguration(
        before = {
            SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, OpaqueTokenIntrospector.class})
@EnableConfigurationProperties(GojiSecurityProperties.class)
public class GojiSecurityAutoConfiguration {

    /** The pages of the dashboard: no inline script, scripts and styles from this origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Public without a key: the probes (status only), the OpenAPI description and the dashboard's files. */
    static final List<String> PUBLIC_PATHS = List.of(
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/error");

    static final List<String> DASHBOARD_FILES = List.of(
            "/",
            "/index.html",
            "/farmer.html",
            "/*.js",
            "/*.css",
            "/favicon.ico",
            "/favicon.svg",
            "/webjars/**",
            "/dashboard",
            "/dashboard/calendar");

    @Bean
    @ConditionalOnMissingBean
    KeyFile gojiKeyFile(GojiSecurityProperties properties) {
        return new KeyFile(properties.keysFile(), properties.reloadInterval(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    OpaqueTokenIntrospector gojiApiKeyIntrospector(KeyFile keys) {
        return new ApiKeyIntrospector(keys);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityProblems gojiSecurityProblems() {
        return new SecurityProblems();
    }

    /**
     * No observations of the filter chain: {@code http_server_requests} already times every request, and the chain's
     * meters have names that {@code promtool check metrics} rejects (camelCase filter names).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings gojiSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain gojiSecurityFilterChain(
            HttpSecurity http,
            OpaqueTokenIntrospector introspector,
            SecurityProblems problems,
            ObjectProvider<IngestEndpoints> endpoints)
            throws Exception {
        IngestAccess ingest = new IngestAccess(endpoints.getIfAvailable());
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, DASHBOARD_FILES.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Roles.OPS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/insights/**", "/api/v1/trace/**")
                        .hasRole(Roles.ANALYST)
                        .requestMatchers("/internal/**")
                        .hasRole(Roles.INTERNAL)
                        .requestMatchers(ingest)
                        .access(ingest)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.bearerTokenResolver(publicPathsIgnoreTokens())
                        .opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.addHeaderWriter(dashboardPolicy()));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean(name = "gojiSubmitterArgument")
    WebMvcConfigurer gojiSubmitterArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new SubmitterArgumentResolver());
            }
        };
    }

    /**
     * The dashboard's files and the API description answer the same with any header: a stale key in a browser never
     * makes them 401. The health probes do read a key, so that an ops key sees the components.
     */
    private static BearerTokenResolver publicPathsIgnoreTokens() {
        List<RequestMatcher> open = new java.util.ArrayList<>();
        PUBLIC_PATHS.stream()
                .filter(path -> !path.startsWith("/actuator/"))
                .forEach(path ->
                        open.add(PathPatternRequestMatcher.withDefaults().matcher(path)));
        DASHBOARD_FILES.forEach(
                path -> open.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path)));
        RequestMatcher publicPaths = new OrRequestMatcher(open);
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> publicPaths.matches(request) ? null : tokens.resolve(request);
    }

    private static HeaderWriter dashboardPolicy() {
        RequestMatcher pages = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/"),
                PathPatternRequestMatcher.withDefaults().matcher("/index.html"),
                PathPatternRequestMatcher.withDefaults().matcher("/farmer.html"));
        return new DelegatingRequestMatcherHeaderWriter(
                pages, new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }
}
