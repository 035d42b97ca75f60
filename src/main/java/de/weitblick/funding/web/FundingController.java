package de.weitblick.funding.web;

import de.weitblick.funding.FundingManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page of funding programmes.
 */
@Controller
class FundingController {

	private final FundingManagement funding;

	FundingController(FundingManagement funding) {
		this.funding = funding;
	}

	@GetMapping("/funding/programmes")
	String programmes(Model model) {
		model.addAttribute("programmes", this.funding.programmes());
		return "funding/programmes";
	}

}
