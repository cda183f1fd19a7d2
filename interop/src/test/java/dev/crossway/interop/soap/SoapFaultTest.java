package dev.crossway.interop.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class SoapFaultTest {

    @Test
    void readsTheSenderFaultOfARetrieveSentToTheQueryEndpoint() {
        SoapEnvelope envelope = IheSamples.envelope("metriport/dr_soap_error.soap.xml");
        assertThat(envelope.isFault()).isTrue();
        SoapFault fault = envelope.fault().orElseThrow();
        assertThat(fault.code()).isEqualTo(SoapFault.Code.SENDER);
        assertThat(fault.subcodes()).isEmpty();
        assertThat(fault.reason()).isEqualTo("Unexpected element {urn:ihe:iti:xds-b:2007}RetrieveDocumentSetRequest found. "
                + "Expected {urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0}AdhocQueryRequest.");
        assertThat(envelope.addressing().action())
                .contains("urn:ihe:iti:xds-b:2007:RespondingGateway_PortType:RespondingGateway_CrossGatewayQuery:Fault:Fault");
        assertThat(envelope.addressing().relatesTo()).contains("urn:uuid:c3734e97-69ba-48e4-a102-03a5e1219fa4");
    }

    @Test
    void writesAFaultWithSubcodesThatValidatesAndReadsBack() {
        SoapFault fault = new SoapFault(SoapFault.Code.RECEIVER, List.of(new QName("urn:crossway", "Busy"),
                new QName("urn:crossway:detail", "TooManyQueries")), "responder busy", Optional.of("retry in 30 s"));
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request("http://www.w3.org/2005/08/addressing/soap/fault", null),
                SoapFaultWriter.write(fault));
        Schemas.validate(envelope.document(), Schemas.SOAP12);
        assertThat(SoapEnvelope.parse(envelope.toBytes()).fault()).contains(fault);
    }

    @Test
    void aPayloadIsNotAFault() {
        assertThat(IheSamples.envelope("metriport/dr_success.soap.xml").fault()).isEmpty();
    }
}
