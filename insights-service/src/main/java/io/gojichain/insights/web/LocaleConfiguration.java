package io.gojichain.insights.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of signal sentences, from {@code Accept-Language}: Chinese (zh-CN) for any {@code zh}
 * (zh, zh-CN, zh-Hans ...), English otherwise and by default. Fields, codes and problem details
 * stay English whatever the header.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

    /** The languages sentences are written in. */
    public static final List<Locale> SENTENCE_LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return sentenceLocale(super.resolveLocale(request));
            }
        };
        // a language match is found only against supported locales without a country: zh-Hans, zh-TW -> zh
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /** zh-CN for any Chinese, English for anything else. */
    public static Locale sentenceLocale(Locale requested) {
        return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
