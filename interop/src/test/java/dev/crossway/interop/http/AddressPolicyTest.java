package dev.crossway.interop.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbound address policy, decided without any traffic: names are resolved by a fake resolver
 * (a public name, names that resolve inside, one that resolves both ways), literals are parsed.
 */
class AddressPolicyTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "partner.example.org", List.of("93.184.216.34"),
            "rebinding.example.org", List.of("127.0.0.1"),
            "intranet.example.org", List.of("10.20.30.40"),
            "metadata.example.org", List.of("169.254.169.254"),
            "split.example.org", List.of("93.184.216.34", "192.168.1.10"),
            "v6internal.example.org", List.of("fd12:3456::1"));

    private static final HostResolver FAKE = host -> {
        List<String> ips = DNS.get(host);
        if (ips == null) {
            throw new UnknownHostException(host);
        }
        return ips.stream().map(AddressPolicyTest::ip).toList();
    };

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AddressPolicy production(String allow) {
        return new AddressPolicy(AllowList.parse(allow), false, FAKE);
    }

    private static AddressPolicy sandbox(String allow) {
        return new AddressPolicy(AllowList.parse(allow), true, FAKE);
    }

    private static void assertRefused(AddressPolicy policy, String url) {
        assertThat(policy.check(url)).as(url).isInstanceOf(AddressPolicy.Decision.Refused.class);
        assertThat(((AddressPolicy.Decision.Refused) policy.check(url)).message()).startsWith("address not allowed");
    }

    @Test
    void aPublicHttpsAddressIsAllowed() {
        assertThat(production("").check("https://partner.example.org/gateway/xcpd")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example.org/xcpd", "ftp://partner.example.org/x", "file:///etc/passwd",
            "gopher://partner.example.org/x", "jar:https://partner.example.org/x!/", "partner.example.org/xcpd",
            "https:///no-host", "https://user:pw@partner.example.org/x"})
    void onlyHttpsWithAHostIsAllowed(String url) {
        assertRefused(production(""), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://127.1.2.3:8443/x",
            "https://10.0.0.1/x", "https://172.16.5.4/x", "https://192.168.0.1/x", "https://169.254.169.254/latest/meta-data",
            "https://224.0.0.1/x", "https://0.0.0.0/x", "https://100.64.1.1/x", "https://[::1]/x", "https://[fe80::1]/x",
            "https://[fd00::1]/x", "https://[::ffff:127.0.0.1]/x", "https://[::127.0.0.1]/x", "https://255.255.255.255/x"})
    void internalLiteralsAreRefused(String url) {
        assertRefused(production(""), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://rebinding.example.org/x", "https://intranet.example.org/x", "https://metadata.example.org/x",
            "https://split.example.org/x", "https://v6internal.example.org/x"})
    void namesThatResolveInsideAreRefused(String url) {
        assertRefused(production(""), url);
    }

    @Test
    void anAllowedHostPortOpensThatPortOnly() {
        AddressPolicy p = production("rebinding.example.org:8443, 127.0.0.1:9443");
        assertThat(p.check("https://rebinding.example.org:8443/gateway/xcpd")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertRefused(p, "https://rebinding.example.org:8444/gateway/xcpd");
        assertRefused(p, "https://rebinding.example.org/gateway/xcpd");
        // an IP entry matches a name resolving to it, on its port
        assertThat(p.check("https://rebinding.example.org:9443/x")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertThat(p.check("https://127.0.0.1:9443/x")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
    }

    @Test
    void anAllowedCidrOpensItsAddressesOnAnyPort() {
        AddressPolicy p = production("10.20.0.0/16,fd12::/16");
        assertThat(p.check("https://intranet.example.org:9999/x")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertThat(p.check("https://10.20.255.1/x")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertThat(p.check("https://v6internal.example.org/x")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertRefused(p, "https://10.21.0.1/x");
        assertRefused(p, "https://rebinding.example.org/x");
    }

    @Test
    void theSandboxAllowsPlainHttpToAllowedEntriesOnly() {
        AddressPolicy p = sandbox("127.0.0.1:8080");
        assertThat(p.check("http://127.0.0.1:8080/gateway/xcpd")).isInstanceOf(AddressPolicy.Decision.Allowed.class);
        assertRefused(p, "http://127.0.0.1:8081/gateway/xcpd");
        assertRefused(p, "http://partner.example.org/gateway/xcpd");
        assertRefused(production("127.0.0.1:8080"), "http://127.0.0.1:8080/gateway/xcpd");
    }

    @Test
    void anUnknownHostIsNotAPolicyRefusal() {
        assertThat(production("").check("https://nowhere.example.org/x")).isInstanceOf(AddressPolicy.Decision.Unresolved.class);
    }

    @Test
    void aMalformedAllowEntryIsRefusedByName() {
        assertThatThrownBy(() -> AllowList.parse("localhost")).hasMessageContaining("\"localhost\"");
        assertThatThrownBy(() -> AllowList.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> AllowList.parse("host:99999")).hasMessageContaining("host:99999");
    }
}
